# special methods are looked up on the type, not the instance and not via __getattr__
class C:
    def __getattr__(self, name):
        print("getattr", name)
        return lambda *a: "from getattr"
c = C()
for label, f in [("len", len), ("iter", iter), ("repr", repr), ("hash", hash), ("bool", bool), ("abs", abs), ("neg", lambda x: -x)]:
    try:
        r = f(c)
        print(label, "->", "ok" if label in ("repr", "hash", "bool") else r)
    except TypeError as e:
        print(label, "TypeError", e)
try:
    with c: pass
except TypeError as e:
    print("with TypeError", e)
try:
    c + 1
except TypeError as e:
    print("add TypeError", e)
try:
    c[0]
except TypeError as e:
    print("getitem TypeError", e)
try:
    c()
except TypeError as e:
    print("call TypeError", e)
# instance attributes do not override special methods
class D:
    def __len__(self): return 1
d = D()
d.__len__ = lambda: 99
print(len(d), d.__len__())
# special methods added to the class later are honoured
class E: pass
e = E()
try:
    len(e)
except TypeError as err:
    print("TypeError", err)
E.__len__ = lambda self: 5
print(len(e))
E.__getitem__ = lambda self, i: i * 10
print(e[3])
E.__iter__ = lambda self: iter([7, 8])
print(list(e), 8 in e)
del E.__len__
try:
    len(e)
except TypeError as err:
    print("TypeError", err)
# special methods via __getattribute__ are not consulted either
class G:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
print(len(G()))
# __class_getitem__ vs __getitem__ on instance
class H:
    def __class_getitem__(cls, k): return "class " + str(k)
    def __getitem__(self, k): return "inst " + str(k)
print(H[1], H()[1])
# dunders assigned as non-callables
class I:
    __len__ = 5
try:
    len(I())
except TypeError as err:
    print("TypeError", err)
class J:
    __iter__ = 5
try:
    iter(J())
except TypeError as err:
    print("TypeError", err)
