# A sequence times an object whose __rmul__ refuses: CPython's sequence-repeat
# error names the object's type, whichever side the sequence is on.
class X:
    def __rmul__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return NotImplemented


class Y:
    pass


for f in [lambda: "x" * X(), lambda: X() * "x", lambda: [1] * X(), lambda: X() * [1], lambda: (1,) * X(),
          lambda: b"ab" * X(), lambda: X() * b"ab", lambda: "x" * Y(), lambda: Y() * (1, 2), lambda: "x" * 1.5,
          lambda: [1] * 2.0, lambda: X() * X(), lambda: X() * 3, lambda: bytearray(b"a") * X()]:
    try:
        f()
    except TypeError as e:
        print(e)
l = [1]
try:
    l *= X()
except TypeError as e:
    print(e)
s = "ab"
try:
    s *= Y()
except TypeError as e:
    print(e)
from fractions import Fraction
try:
    "x" * Fraction(1, 2)
except TypeError as e:
    print(e)
print("ab" * 2, [0] * 3, 2 * (1,))
