# __index__, __int__, __float__, __complex__-free numeric conversions
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
data = list("abcdef")
print(data[i], data[Idx(-1)], data[i:Idx(5)], "xyz"[Idx(1)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), range(Idx(3)), list(range(Idx(4)))[-1])
print([10, 20, 30][Idx(0)], hasattr(Idx, "__int__"), int(Idx(9)))
print("ab" * Idx(3), [0] * Idx(2), bytes(Idx(2)) if False else (1, 2) * Idx(2))
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
n = Num(3.7)
print(int(n), float(n), float(Num(2)))
try:
    [1, 2][n]
except TypeError as e:
    print("TypeError:", e)
try:
    hex(n)
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "nope"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(round(Idx(3)) if hasattr(Idx, "__round__") else "no round", pow(Idx(2), Idx(3)) if False else 8)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 2))
print(int(True), float(False), int(-0.9), float(-0), int("  -12  "))
