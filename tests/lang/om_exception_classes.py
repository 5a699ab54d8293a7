# user exception classes: __init__, args, __str__, __repr__, attributes
class E1(Exception): pass
e = E1("a", 2)
print(e.args, str(e), repr(e))
print(str(E1()), repr(E1()), str(E1("one")), repr(E1("one")))
class E2(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = E2(404, "not found")
print(e.args, str(e), repr(e), e.code)
class E3(Exception):
    def __init__(self, x):
        self.x = x
e = E3(5)
print(e.args, str(e), repr(e))
class E4(Exception):
    def __str__(self): return f"E4 with {len(self.args)} args"
    def __repr__(self): return "E4!"
print(str(E4(1, 2)), repr(E4()), f"{E4(1)}")
class E5(ValueError):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
e = E5("bad", extra={"k": 1})
print(isinstance(e, ValueError), e.args, e.extra)
# args is always a tuple and assignable
e.args = ["list", "becomes", "tuple"]
print(e.args, type(e.args).__name__, str(e))
try:
    e.args = 5
except TypeError as err:
    print("TypeError", err)
# exceptions with __slots__? (BaseException has __dict__)
e.custom = 1
print(e.__dict__)
# exception __new__ stores args even if __init__ doesn't call super
class E6(Exception):
    def __init__(self, a, b): pass
e = E6(1, 2)
print(e.args)
# keyword arguments to BaseException
try:
    Exception(x=1)
except TypeError as err:
    print("TypeError", err)
class E7(Exception):
    def __init__(self, *, kw): super().__init__(kw)
print(E7(kw="keyword").args)
# comparison and hashing of exceptions use identity
a, b = E1("x"), E1("x")
print(a == b, a == a, hash(a) == hash(a))
# StopIteration and friends keep value
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(KeyError("k").args, str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "msg")))
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
