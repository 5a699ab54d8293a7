# f-strings with nested expressions: calls, subscripts, conditionals, lambdas, comprehensions, quotes reuse (3.12+), nested f-strings
names = ['ann', 'bob']
data = {'k': [1, 2, 3], 'name': 'zed'}
x = 7
print(f'{names[0].title()} and {names[-1].upper()!r}')
print(f'{data["k"][1:]} {data["name"]:>5} {len(data)}')
print(f'{"yes" if x > 5 else "no"} {x if x % 2 else -x}')
print(f'{(lambda v: v * 2)(x)} {[i ** 2 for i in range(x) if i % 3 == 0]}')
print(f'{", ".join(f"{n}:{len(n)}" for n in names)}')
print(f'{f"{f"{x}"}"}' + f"{'inner "quotes"'}")
print(f'{x:{"<" if x > 5 else ">"}{x + 3}}|', f'{3.14159:.{x - 4}f}', f'{x:0{x}b}')
print(f'{x!r:>{x}}', f'{str(x)!r}', f'{names!s:.5}', f'{names!a}')
print(f'{{x}} {{{x}}} {{{{x}}}}', f'{x}{x}', f'{x}' f'{x}', F'{x}', rf'\n{x}', fr'{x}\t')
print(f'{"multi" + \
"line" if False else "ml"}' if False else f'{"ml"}')
print(f'{x=!r:^10}|', f'{x*2 = }', f'{names[0]=}', f'{data["k"] = }')
print(f"""{
    x
    +
    1
}""")
print(f'{1_000_000:_}', f'{0b1010:#x}', f'{0o17:d}', f'{1e3:.0f}', f'{-x:+}', f'{x:c}' if x > 31 else f'{x + 60:c}')
y = None
print(f'{y}', f'{y!r}', f'{y or "default"}', f'{[y] * 2}', f'{y.__class__.__name__}')
class P:
    def __init__(self):
        self.v = {'a': [10, 20]}
p = P()
print(f'{p.v["a"][-1]}', f'{getattr(p, "v")}', f'{p.v.get("b", "none")}', f'{sorted(p.v)}')
