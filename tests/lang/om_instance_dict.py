# instance __dict__ manipulation
class A:
    cls_attr = "c"
a = A()
a.x = 1
print(a.__dict__, vars(a) is a.__dict__)
a.__dict__["y"] = 2
print(a.y)
a.__dict__ = {"z": 3}
print(a.z, hasattr(a, "x"))
for bad in [1, None, [("k", 1)]]:
    try:
        a.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del a.__dict__
    print("deleted __dict__", a.__dict__)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class D(dict): pass
b = A()
b.__dict__ = D(q=1)
print(b.q, type(b.__dict__).__name__)
# instance dict shadows class attribute (non-descriptor)
c = A()
c.cls_attr = "inst"
print(c.cls_attr, A.cls_attr)
del c.cls_attr
print(c.cls_attr)
try:
    del c.cls_attr
except AttributeError as e:
    print("AttributeError", e)
# non-str keys in __dict__
c.__dict__[1] = "int key"
print(c.__dict__[1], sorted(str(k) for k in vars(c)))
# dict identity preserved
d = c.__dict__
c.new = 5
print(d["new"], d is c.__dict__)
# objects without __dict__
for o in [1, "s", [], object()]:
    try:
        o.__dict__
    except AttributeError as e:
        print("AttributeError", e)
    try:
        o.attr = 1
    except AttributeError as e:
        print("AttributeError", e)
# functions have __dict__
def f(): pass
f.attr = 1
print(f.__dict__)
f.__dict__ = {"other": 2}
print(f.other)
# class __dict__ is read-only proxy (item assignment refused)
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
# vars() with __dict__ property
class P:
    @property
    def __dict__(self): return {"fake": True}
print(vars(P()))
# setattr with __dict__ of subclass of dict with __setitem__ (not used)
class Loud(dict):
    def __setitem__(self, k, v):
        print("Loud setitem", k); super().__setitem__(k, v)
e = A()
e.__dict__ = Loud()
e.attr = 1
print(e.attr)
