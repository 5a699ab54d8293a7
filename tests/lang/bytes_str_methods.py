# str-like methods of bytes and bytearray
for t in (bytes, bytearray):
    s = t(b"  Hello, World! 123  ")
    print(t.__name__, s.strip(), s.lstrip(), s.rstrip(), s.strip(b" 3"), s.upper(), s.lower(), s.swapcase())
    print(s.title(), s.capitalize(), s.split(), s.split(b","), s.rsplit(None, 1), s.split(b"l", 2))
    print(s.find(b"o"), s.rfind(b"o"), s.index(b"W"), s.rindex(b"l"), s.count(b"l"), s.count(b""), s.find(111))
    print(s.startswith(b"  H"), s.endswith((b"x", b"  ")), s.startswith(b"Hello", 2), s.endswith(b"123", 0, -2))
    print(s.replace(b"l", b"L"), s.replace(b"l", b"", 2), s.replace(b"", b"."), s.partition(b","), s.rpartition(b"o"))
    print(s.center(25, b"*"), s.ljust(24, b"-"), s.rjust(23), t(b"42").zfill(5), t(b"-4").zfill(4), t(b"+").zfill(3))
    print(t(b"a\tbc\tdef\n\tx").expandtabs(), t(b"a\tb").expandtabs(2), t(b"ab\r\ncd\ref\n").splitlines(), t(b"x\ny").splitlines(True))
    print(t(b"abc").isalpha(), t(b"ab1").isalnum(), t(b"123").isdigit(), t(b" \t\n").isspace(), t(b"\x80").isascii())
    print(t(b"ABC").isupper(), t(b"abc").islower(), t(b"Ab Cd").istitle(), t(b"").isalpha(), t(b"aB").isupper())
    print(t(b"prefix-body").removeprefix(b"prefix-"), t(b"body.txt").removesuffix(b".txt"), t(b"x").removeprefix(b"y"))
    print(t(b",").join([b"a", bytearray(b"b"), memoryview(b"c")]), t(b"").join([]), t(b"-").join(t(b"xy") for _ in range(2)))
    print(t(b"a,b,,c").split(b",", 1), t(b"a,b,,c").rsplit(b",", 2), t(b"  a  b  ").split(None, 0), t(b"").split())
    print(t(b"\xe9abc").upper(), t(b"hello world").title(), t(b"they're").title(), t(b"a1b2").capitalize())
errors = [lambda: b"abc".split(b""), lambda: b"abc".partition(b""), lambda: b"abc".startswith("a"),
          lambda: b"abc".endswith([b"c"]), lambda: b"a".center(3, b"**"), lambda: b"a".ljust(3, "x"),
          lambda: b"ab".index(b"z"), lambda: bytearray(b"ab").rindex(99), lambda: b"ab".find(300),
          lambda: b"ab".count("a"), lambda: b"x".join([b"a", "b"]), lambda: b"x".join([1]),
          lambda: b"ab".replace("a", b"b"), lambda: b"ab".strip("a"), lambda: b"a".center(),
          lambda: b"ab".split(maxsplit="1"), lambda: b"a".zfill("3"), lambda: b"a".expandtabs("4")]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
