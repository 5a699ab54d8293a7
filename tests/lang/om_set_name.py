# __set_name__ calls at class creation
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return ("D", self.name, obj is None)

class A:
    x = D()
    y = D()
    z = 5
print(A.x, A().y)

# same descriptor under two names
d = D()
class B:
    p = d
    q = d
print(d.name)

# __set_name__ errors are propagated (3.12+: not wrapped)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
try:
    class C:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else None)

# only class-level attributes; setattr after creation does not call it
class E: pass
E.late = D()
print(hasattr(E.late, "name") if False else "late ok")
try:
    print(E.late)
except AttributeError as e:
    print("AttributeError", e)

# type() three-arg calls __set_name__
T = type("T", (), {"w": D()})
print(T.w)

# __set_name__ looked up on the type, not the instance
class F:
    pass
f = F()
f.__set_name__ = lambda *a: print("instance attr called")
class G:
    attr = f
print("no call for instance attr")

# not-callable __set_name__
class H:
    __set_name__ = None
try:
    class I:
        h = H()
except TypeError as e:
    print("TypeError", e)

# order of __set_name__ vs __init_subclass__
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class J(Base):
    a = D()
