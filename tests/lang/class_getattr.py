# __getattr__, __setattr__, __delattr__, __getattribute__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.x = 1
    def hello(self):
        return "hello from target"

t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 5
print(t.y)
del p.y
print(hasattr(t, "y"), p.log)

class Defaults:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("opt_"):
            return None
        raise AttributeError(f"no attribute {name!r}")
d = Defaults()
print(d.real, d.opt_color, hasattr(d, "opt_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)

class Counted:
    def __init__(self):
        self.hits = 0
        self.value = 10
    def __getattribute__(self, name):
        if name != "hits":
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
c = Counted()
c.value; c.value; c.value
print(c.hits)

class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("read-only: " + name)
r = ReadOnly(3)
print(r.v)
try:
    r.v = 4
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        return lambda *a: f"{name}{a}"
print(Dyn().anything(1, 2), Dyn().other())
