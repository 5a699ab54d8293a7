# f-strings: nested specs, !r/!s/!a conversions, = debugging, escapes
x = 3.14159
name = 'é"x'
w, p = 10, 2
print(f'{x=}', f'{x = }', f'{x=:.2f}', f'{x=!s}', f'{name=}', f'{name=!s}', f'{name=!a}')
print(f'{x:{w}.{p}f}|', f'{x:>{w}}|', f'{x:{"^"}{w}.{p + 1}}|', f'{name!r:>12}|', f'{name!a:^14}|')
print(f'{1 + 2 = }', f'{[i * i for i in range(4)]=}', f"{'a' 'b'=}", f'{x!r:}', f'{ x }', f'{x :>8.3}')
d = {'k': 'v', 1: 2}
print(f"{d['k']}", f'{d[1]:03}', f"{d!r}", f'{len(d)=}')
print(f'{{}}', f'{{{x}}}', f'{{x}}', f'a{{b}}c{x:.1f}')
print(f'{"nested {}":>15}', f'{f"{x:.2f}":>8}', f'{f"{f"{1}"}"}')
print(f'{3:{"+"}{"0"}{6}}', f'{12345:{","}}', f'{255:{"#"}{"x"}}')
obj = object.__new__(type('T', (), {'__format__': lambda s, spec: 'T<' + spec + '>', '__repr__': lambda s: 'T()'}))
print(f'{obj}', f'{obj:abc}', f'{obj!r}', f'{obj!r:>5}', f'{obj=}', f'{obj=:zz}')
print(f'{"\n".join(["a", "b"])}')
print(f'{"é":*^5}', f'{-0.0:z}', f'{-0.0:z.1f}', f'{True!s}', f'{None!r:>6}')
items = ['x', 'y']
print(f'{items[0]}{items[-1]!r}', f'{(lambda: 5)()}', f'{(z := 7)} {z}')
print(f'{x:{w}}'.count(' '), f'{"abc":.{p}}', f'{2**100:_}', f'{-12:08_}')
try:
    f'{x:{w}{"z"}}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{name:d}'
except ValueError as e:
    print('ValueError', e)
try:
    f'{x:,,}'
except ValueError as e:
    print('ValueError', e)
print(f'''{
    x
}''', f'{x # comment
}')
