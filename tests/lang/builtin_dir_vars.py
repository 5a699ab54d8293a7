# dir() of own classes (non-dunder names only) and vars()
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    class_attr = "c"
    def __init__(self):
        self.inst_a = 1
        self.inst_b = 2
        self._private = 3
    def method(self):
        pass
    @property
    def prop(self):
        return 0
    @staticmethod
    def stat():
        pass
    @classmethod
    def cls_m(cls):
        pass

def public(names):
    return [n for n in names if not n.startswith("__")]

t = Thing()
print(public(dir(t)))
print(public(dir(Thing)))
print(public(dir(Base)))
print(sorted(vars(t)))
print(sorted(public(vars(Thing))))
t.dynamic = "added"
print("dynamic" in dir(t), "dynamic" in dir(Thing), sorted(vars(t).items()))
del t.inst_a
print(public(dir(t)))
print(dir(t) == sorted(dir(t)))
class Empty:
    pass
print(public(dir(Empty)), vars(Empty()))
v = vars(t)
v["via_vars"] = 1
print(t.via_vars)
print(sorted(k for k in vars(Thing) if not k.startswith("_") and callable(vars(Thing)[k])))
