# subclass priority for reflected operators with built-in bases
class MyInt(int):
    def __radd__(self, o): return f"MyInt.__radd__({o})"
    def __rsub__(self, o): return f"MyInt.__rsub__({o})"
    def __rmul__(self, o): return NotImplemented
    def __rtruediv__(self, o): return "MyInt.__rtruediv__"
print(1 + MyInt(2), 5 - MyInt(1), 3 * MyInt(2), 1 / MyInt(2), MyInt(2) + 1)
class MyFloat(float):
    def __radd__(self, o): return "MyFloat.__radd__"
print(1.0 + MyFloat(2), 1 + MyFloat(2), MyFloat(1) + 1.0)
class MyStr(str):
    def __radd__(self, o): return "MyStr.__radd__"
    def __rmod__(self, o): return "MyStr.__rmod__"
print("a" + MyStr("b"), "%s" % MyStr("x"), MyStr("a") + "b")
class MyList(list):
    def __radd__(self, o): return "MyList.__radd__"
print([1] + MyList([2]), MyList([1]) + [2])
class MyTuple(tuple):
    def __rmul__(self, o): return "MyTuple.__rmul__"
print(2 * MyTuple((1,)), MyTuple((1,)) * 2)
# comparisons: subclass reflected first
class MyInt2(int):
    def __gt__(self, o): return "MyInt2.__gt__"
    def __eq__(self, o): return "MyInt2.__eq__"
    __hash__ = int.__hash__
print(1 < MyInt2(5), 1 == MyInt2(1), MyInt2(1) == 1)
# not a subclass: left side first
class Other:
    def __radd__(self, o): return "Other.__radd__"
print(1 + Other(), [1] + Other() if False else "skip")
try:
    [1] + Other()
except TypeError as e:
    print("TypeError", e)
