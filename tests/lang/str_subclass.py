# subclasses of str and bytes, dunder methods, str() protocol
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, str(value).upper())
    def shout(self):
        return self + "!"

u = Upper("hello")
print(u, repr(u), len(u), u.shout(), type(u.shout()).__name__, isinstance(u, str), u == "HELLO", hash(u) == hash("HELLO"))
print(u.lower(), type(u.lower()).__name__, u[1:3], type(u[1:3]).__name__, str(u), type(str(u)).__name__, u + "x", "x" + u)
print({u: 1}["HELLO"], "ELL" in u, list(u), sorted(Upper("cba")), u * 2, f"{u:>7}", "%s" % u, "{}".format(u))

class Tag(str):
    pass
t = Tag("abc")
print(t, repr(t), t.upper(), t.split("b"), type(t).__name__, t.__class__ is Tag, str.__len__(t), str.__getitem__(t, 1))

class CIStr(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())
    def __hash__(self):
        return hash(self.lower())
print(CIStr("ABC") == "abc", CIStr("ABC") != "abd", {CIStr("Key"): 1}.get(CIStr("KEY")), str.__eq__("a", "a"), str.__lt__("a", "b"))

class Money:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "$%.2f" % self.v
    def __repr__(self):
        return "Money(%r)" % self.v
    def __format__(self, spec):
        return format(self.v, spec) + " USD"
m = Money(3.5)
print(str(m), repr(m), "%s|%r" % (m, m), "{}|{!r}|{:.1f}".format(m, m, m), f"{m!s:>8}", [m])

class B(bytes):
    pass
bb = B(b"xyz")
print(bb, repr(bb), bb.upper(), type(bb.upper()).__name__, bb[0], bb == b"xyz", len(bb))

class BA(bytearray):
    pass
print(repr(BA(b"q'")), BA(b"ab") + b"c")

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(WithBytes()), b"%s" % WithBytes())

class Seq:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul"
print("a" + Seq(), "a" * Seq())
print(str.join("-", ["a", "b"]), str.upper("x"), str.format("{}", 1), bytes.hex(b"\x01"), str.__mul__("ab", 2), str.__rmod__("x", "%s"))
print(str("abc") is not None, str() == "", bytes() == b"", bytearray() == b"")

class Tagged(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
x = Tagged(b"abc", "t")
x.append(100)
print(x, x.tag, len(x), type(x).__name__)
y = bytearray(b"q")
y.__init__(b"reset")
print(y)
