# bytes and bytearray
b = b"hello world"
print(len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], b + b"!", b * 2, 2 * b"ab", b"" * 5)
print(b"ell" in b, 111 in b, b"xyz" in b, b == b"hello world", b < b"help", b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
print(list(b"abc"), [x for x in bytearray(b"\x00\xff")], bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(bytearray(b"q")))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""), repr(b"\t\n\r\\\x00\x7f\x80\xff"), bytearray(b"x'"), bytearray())
print(b.upper(), b.title(), b.capitalize(), b"HeLLo".swapcase(), b"HeLLo".lower(), b.split(), b.split(b"o"), b"a,b,,c".rsplit(b",", 1))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"w"), b.count(b"l"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  a".lstrip(), b"a  ".rstrip())
print(b"-".join([b"a", bytearray(b"b"), b"c"]), b.partition(b" "), b.rpartition(b"o"), b"a\nb\r\nc".splitlines(), b"a\tb".expandtabs(4))
print(b.center(15, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"."), b"-5".zfill(4), b.hex(), b"\x01\xff".hex(":"), bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("ascii", "backslashreplace"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"ab".islower(), b"Ab Cd".istitle(), b"\xff".isascii())
print(b"%s=%d (%x) %r %5.1f %c%c" % (b"k", 42, 255, "s", 2.5, 65, b"B"), b"%(a)s" % {b"a": b"v"}, bytearray(b"%s!") % b"x")
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([33, 63])
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.remove(108)
ba[0] = 74
ba[1:3] = b"EE"
del ba[-1]
print(ba, len(ba))
ba.reverse()
print(ba)
del ba[::2]
print(ba)
ba += b"++"
ba *= 2
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, len(ba), bytearray(3), bytearray([1, 2]), bytearray("é", "latin-1"))
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: bytes("x"), lambda: bytearray(b"x").append(256), lambda: bytearray().pop(),
            lambda: b"x"[5], lambda: bytes.fromhex("zz"), lambda: hash(bytearray()), lambda: b"%d" % b"x", lambda: b"%s" % "str"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(hash(b"abc") == hash(bytes(b"abc")), {b"k": 1}[b"k"])
