# class body scoping rules
x = "global"
class A:
    x = "class"
    y = x
    def f(self): return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(A.y, A().f(), A.z, A.w)
def outer():
    v = "enclosing"
    class B:
        v = "class-level"
        def m(self): return v
        got = v
    return B
B = outer()
print(B.got, B().m())
def outer2():
    v = "enclosing"
    class C:
        print("in body", v)
        v2 = v
    return C
print(outer2().v2)
class D:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * len(items) for i in range(2)]
    except NameError as e:
        err = str(e)
print(D.doubled, D.err)
# class body executes top to bottom; names deleted in body
class E:
    a = 1
    b = a + 1
    del a
print(hasattr(E, "a"), E.b)
# nonlocal / global in class body
counter = 0
class F:
    global counter
    counter += 1
print(counter)
def g():
    n = 0
    class G:
        nonlocal n
        n += 10
    return n
print(g())
# __class__ cell availability
class H:
    def who(self): return __class__
    @classmethod
    def cwho(cls): return __class__
    @staticmethod
    def swho(): return __class__
print(H().who() is H, H.cwho() is H, H.swho() is H)
class I(H): pass
print(I().who() is H)
# class body return value / locals()
class J:
    p = 1
    q = sorted(k for k in locals() if not k.startswith("__"))
print(J.q)
# conditional definitions in body
class K:
    if True:
        def m(self): return "yes"
    else:
        def m(self): return "no"
    for i in range(3):
        pass
print(K().m(), K.i)
# class body can't see names from another class body
class L:
    val = 5
    class Inner:
        try:
            v = val
        except NameError as e:
            v = "NameError: " + str(e)
print(L.Inner.v)
# name mangling inside class body
class M:
    __secret = 1
    def get(self): return self.__secret
    def names(self): return [n for n in dir(self) if "secret" in n]
print(M().get(), M().names())
