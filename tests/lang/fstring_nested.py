# f-string details: nesting, conversions with specs, expressions, quotes
items = {"a": 1, "b": 22}
name = "world"
width, prec = 10, 3
print(f"{'|'.join(f'{k}={v}' for k, v in items.items())}")
print(f"{f'{name:>{width}}'}|")
print(f"{3.14159:{width}.{prec}f}|")
print(f"{name!r:>12}|{name!s:<8}|{name!a}")
print(f"{'é'!a} {'é'!r}")
print(f"{items['a'] + items['b']} {len(items)} {sorted(items)[-1]}")
print(f"{'quote \"inside\"'}", f'{"double in single"}')
print(f"{name.upper()!r}", f"{[x * 2 for x in range(3)]}")
x = 7
print(f"{x:#06x} {x:^7} {x!r:^7}|", f"{x > 5 and 'big' or 'small'}")
print(f"{x + 1 = }", f"{name = !r}", f"{x * 2 = :>5}")
print(f"{{{x}}}", f"{{x}}", f"{'{'}{x}{'}'}")
print(f"{'nested' if x else 'no'}", f"{(lambda y: y * 3)(x)}")
print(f"{None!r} {True!s} {1.5!r} {[1]!s}")
d = {"key": [1, 2, {"deep": "value"}]}
print(f"{d['key'][2]['deep']}")
print(f"""{
    x
}""")
print(f"{x:{'<' if x > 5 else '>'}5}|")
print(f"{'a' 'b'}", f"{x}" f"{x}", "plain" f"{x}")
fmt = "{:>6}"
print(fmt.format(x), f"{fmt.format(name)}|")
print(f"{x:,}", f"{10**9:,}", f"{-1234.5:,.1f}", f"{1234:_x}")
print(f"{x:b}{x:o}{x:x}", f"{255:#X}", f"{-255:x}")
print(f"{'multi' + chr(10) + 'line'}")
print(f"{'tab':\x3e5}|" if False else f"{'tab':>5}|")
print(f"{'ab'[::-1]}", f"{[1, 2][-1]}", f"{ {'s': 1}['s'] }")
