s = "héllo wörld \U0001F600"
print(s.upper(), s.split(), s.encode(), len(s), s[::-2], s.find("w"), "%s-%05.2f" % (s, 3.14159))
d = dict(zip("abc", range(3)))
print(sorted(d.items()), max(d, key=d.get), sum(range(100)), divmod(-7, 2), pow(3, 100, 7))
print(int("0x1f", 16), float("1e-5"), complex("1+2j"), format(12345.678, ",.2f"), round(2.5), bin(-5))
print(set(range(5)) ^ {1, 9}, frozenset("ab") <= set("abc"), bytes(range(5)).hex(), bytearray(b"x") * 3)
print([x * y for x in range(3) for y in range(x)], list(map(str, filter(None, [0, 1, 2]))), any([]), all([]))
