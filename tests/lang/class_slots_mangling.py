# __slots__, name mangling, class body execution
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    P.__new__(P).x
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(3, 4)
q.extra = "subclass without slots has a dict"
print(q.extra)

class Secret:
    def __init__(self):
        self.__hidden = "mangled"
        self._single = "convention"
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s._single, s._Secret__hidden)
try:
    s.__hidden
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(s)))
class Sub(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "sub's own"
print(sorted(vars(Sub())))

order = []
class Body:
    order.append("start")
    a = 1
    b = a + 1
    order.append("middle")
    def method(self):
        return Body.b
    c = [a, b]
    order.append("end")
print(order, Body.c, Body().method())
class Cond:
    if True:
        flag = "yes"
    else:
        flag = "no"
    for i in range(3):
        pass
print(Cond.flag, Cond.i)
class Counter:
    total = 0
    for k in range(5):
        total += k
    del k
print(Counter.total, hasattr(Counter, "k"))
