# keyword arguments in class statements reach __prepare__, __new__, __init__ and __init_subclass__
calls = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        calls.append(("prepare", name, kw))
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        calls.append(("new", name, kw))
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        calls.append(("init", name, kw))
        super().__init__(name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        calls.append(("init_subclass", cls.__name__, kw))
class A(Base, option=1, flag=True):
    pass
for c in calls: print(c)
calls.clear()
opts = {"option": 2}
class B(Base, **opts):
    pass
for c in calls: print(c)
# type.__init__ ignores keyword arguments? (3.13 accepts them only when passed on)
try:
    type.__init__(A, "A", (), {}, extra=1)
    print("type.__init__ accepted kwargs")
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), {}, bogus=1)
except TypeError as e:
    print("TypeError", e)
# metaclass keyword and bases given with star unpacking
bases = (Base,)
kws = {"metaclass": Meta, "option": 3}
calls.clear()
class C(*bases, **kws):
    pass
print(type(C).__name__, calls[-1])
# positional-after-keyword and duplicate keywords are errors
for src in ["class D(metaclass=Meta, metaclass=Meta): pass", "class D(x=1, object): pass"]:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    class E(Base, option=1, **{"option": 2}): pass
except TypeError as e:
    print("TypeError", e)
