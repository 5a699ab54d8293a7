# __pow__/__rpow__/__ipow__ and three-argument pow
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
    def __pow__(self, e, mod=None):
        return P(pow(self.v, e.v if isinstance(e, P) else e, mod))
    def __rpow__(self, b, mod=None):
        return P(pow(b, self.v, mod))
    def __ipow__(self, e):
        self.v **= e; return self
print(P(2) ** 10, 2 ** P(10), P(2) ** P(3), pow(P(3), 2), pow(P(3), 2, 5), pow(2, P(5)))
try:
    print(pow(2, P(5), 3))
except TypeError as e:
    print("TypeError", e)
x = P(3)
y = x
x **= 2
print(x, y is x)
class NoIpow:
    def __init__(self, v): self.v = v
    def __pow__(self, e): return NoIpow(self.v ** e)
    def __repr__(self): return f"NoIpow({self.v})"
n = NoIpow(2); n2 = n
n **= 3
print(n, n2, n is n2)
class TwoArg:
    def __pow__(self, e): return "two-arg only"
print(TwoArg() ** 2)
try:
    pow(TwoArg(), 2, 3)
except TypeError as e:
    print("TypeError", e)
# builtin pow corners
print(pow(2, -1), pow(2, 0), pow(0, 0), pow(-8, 1/3).real.__round__(3) if False else "skip", pow(3, 4, 5), pow(3, -1, 7))
for args in [(2, 3, 0), (2.0, 3, 5), (2, -1, 4), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print((-2) ** 0.5, 2 ** -2, (-8) ** (1 / 3) == complex, 10 ** 20, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
