# f-strings
x = 42
name = "Ada"
pi = 3.14159265
print(f"{x}")
print(f"{x!r} {name!r} {name!s}")
print(f"[{x:>10}] [{x:<10}] [{x:^10}] [{x:*^9}]")
print(f"{pi:.3f} {pi:.0f} {pi:10.2f} {pi:e} {pi:.2e}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_}")
print(f"{x=}")
print(f"{x = }")
print(f"{name=!s} {pi=:.2f}")
print(f"{x:05d} {x:+d} {-x:+d} {x: d}")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#o} {x:#b}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{'nested'} {'a' + 'b'} {x * 2} {[1, 2][0]}")
print(f"{{literal braces}} {{{x}}}")
width = 8
print(f"[{name:>{width}}] [{pi:.{3}f}]")
d = {"key": "value"}
print(f"{d['key']} {d}")
print(f"{'tab':\t>6}" if False else f"{'end'}")
print(f"{3 > 2} {None} {[1, 'a']}")
print(f"""triple {x}
second line""")
print(f"{x:{'>'}{10}}")
print(F"{x}" "plain" f"{name}")
print(f"{name.upper()} {len(name)} {name[1:]}")
print(f"{'abc':.2} {'abc':5}|")
print(f"{1e21} {1.0} {100.0:g} {0.0001:g} {1e-5:g}")
