# descriptors: __get__, __set__, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.age).__name__, Person.age.name)

class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return self.v
class Holder:
    answer = Const(42)
h = Holder()
print(h.answer, Holder.answer)
h.answer = "instance wins for non-data descriptors"
print(h.answer)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return "computed"
d = Data()
print(d.expensive, d.expensive, Data.calls)

class Bound:
    def method(self):
        return self
b = Bound()
f = Bound.__dict__["method"]
print(f.__get__(b)() is b, b.method.__self__ is b, b.method.__func__ is f)
print(Bound.method is f)
