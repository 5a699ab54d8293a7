# getattr, setattr, hasattr, delattr, vars, dir
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
        self.level = 3
    def describe(self):
        return "config"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "dflt"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(c, "describe"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    delattr(c, "new_attr")
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(c).items()))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("_")])
print(getattr(c, "describe")(), getattr(Config, "describe")(c))
for attr in ["name", "level"]:
    setattr(c, attr, getattr(c, attr) * 2)
print(c.name, c.level)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "a"), hasattr(s, "b"))
print(getattr("str", "upper")(), getattr([], "__len__")())
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
c.__dict__["direct"] = "via dict"
print(c.direct)
