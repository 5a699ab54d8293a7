# subclassing built-in types
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(21.5)
print(c, c + 1, type(c + 1).__name__, str(c.to_f()), isinstance(c, float))
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, type(u).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), s[0], s + [9], type(s + [9]).__name__, isinstance(s, list))
class CountingDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.sets = getattr(self, "sets", 0) + 1
cd = CountingDict()
cd["a"] = 1
cd["b"] = 2
cd.update(c=3)
print(cd, cd.sets)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, e == 10, hash(e) == hash(10))
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
