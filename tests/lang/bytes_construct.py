# bytes() and bytearray() constructors and their errors
print(bytes(), bytes(3), bytes([65, 66]), bytes((1,)), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"y")))
print(bytes(memoryview(b"mv")), bytes(iter([1, 2])), bytes("\xe9", "latin-1"), bytes("x", encoding="ascii"))
class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"
class HasIndex:
    def __index__(self):
        return 2
print(bytes(HasBytes()), bytes(HasIndex()), bytearray(HasIndex()), bytes([HasIndex()]))
class BadBytes:
    def __bytes__(self):
        return "not bytes"
cases = [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(1.5),
         lambda: bytes("x"), lambda: bytes(3, "utf-8"), lambda: bytes(b"x", "ascii"), lambda: bytes(BadBytes()),
         lambda: bytearray(-1), lambda: bytearray([256]), lambda: bytearray("x"), lambda: bytes(object()),
         lambda: bytes(None), lambda: bytes("x", errors="strict"), lambda: bytes(source=b"kw"), lambda: bytes(x=1)]
for f in cases:
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class MyBytes(bytes):
    def shout(self):
        return self.upper()
m = MyBytes(b"abc")
print(m, type(m).__name__, m.shout(), type(m.shout()).__name__, m == b"abc", hash(m) == hash(b"abc"), m[1:], type(m[1:]).__name__)
print(repr(bytearray(b"a'b\"c\x00\xff")), repr(b"a'b"), repr(b'a"b\'c'), repr(b"\t\n\r\x7f"))
class MyBA(bytearray):
    pass
print(repr(MyBA(b"x")), repr(MyBytes(b"x")), MyBytes(b"x") + b"y", type(MyBA(b"x").upper()).__name__)
print(b"abc".__getnewargs__(), bytes.__new__(MyBytes, b"q"), isinstance(bytes.__new__(MyBytes, b"q"), MyBytes))
