from fractions import Fraction as F
import fractions, math, numbers, copy

def show(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

# constructors
for args in [(), (3,), (-6, 4), (6, -4), (0, -5), (2.5,), (-0.1,), (1e300,), (True,),
             (F(3, 4),), (F(1, 2), F(3, 4)), (3, F(1, 2)), ("3/4",), (" -12/8 ",), ("1.25",),
             ("-.5",), ("5.",), ("1e3",), ("1.5E-3",), ("1_000",), ("1_000.000_1",), ("+7",),
             ("1/0",), ("",), ("1/",), ("/2",), ("1.5/2",), ("1__0",), ("1_",), ("abc",),
             ("1 /2",), ("e5",), ("٣",), (float("inf"),), (float("nan"),), (1.5, 2),
             (Ellipsis,), (1, 0), (F(1), 0), ([1],), (None,), (2, 3.0), (1j,)]:
    show("F%r" % (args,), lambda: F(*args))

a, b = F(1, 3), F(-5, 6)
print(a.numerator, a.denominator, b.as_integer_ratio(), a.is_integer(), F(4, 2).is_integer())
print(str(a), str(b), str(F(7)), repr(F(7)), repr(b))

# arithmetic
for x, y in [(a, b), (a, 2), (3, a), (a, 0.5), (0.25, a), (a, 1j), (2j, a), (b, F(5, 3)), (F(0), F(1, 7))]:
    for name, op in [("+", lambda p, q: p + q), ("-", lambda p, q: p - q), ("*", lambda p, q: p * q),
                     ("/", lambda p, q: p / q), ("//", lambda p, q: p // q), ("%", lambda p, q: p % q),
                     ("divmod", divmod), ("**", lambda p, q: p ** q)]:
        show("%r %s %r =" % (x, name, y), lambda: op(x, y))

show("a/0", lambda: a / 0)
show("a/F0", lambda: a / F(0))
show("a//0", lambda: a // 0)
show("a%0", lambda: a % 0)
show("0**-1", lambda: F(0) ** -1)
show("F(-2,3)**-3", lambda: F(-2, 3) ** -3)
show("F(4)**F(1,2)", lambda: F(4) ** F(1, 2))
show("2**F(3)", lambda: 2 ** F(3))
show("2**F(-3)", lambda: 2 ** F(-3))
show("2**F(1,2)", lambda: 2 ** F(1, 2))
show("2.0**F(1,2)", lambda: 2.0 ** F(1, 2))
show("pow3", lambda: pow(F(2), 3, 5))
show("a+'x'", lambda: a + "x")
print(-a, +b, abs(b), int(b), int(F(7, 2)), float(a), complex(b), bool(F(0)), bool(a))
print(math.floor(b), math.ceil(b), math.trunc(b), round(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)))
print(round(F(12345, 100), 1), round(F(12345, 100), -1), round(F(1, 3), 3), type(round(a)))

# comparisons
print(a < b, a > b, a <= F(1, 3), a >= 0.3, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j)
print(F(3) == 3, F(3) != 3, a < 1, a < float("inf"), a > float("-inf"), a == float("nan"), a < float("nan"))
print(sorted([F(1, 2), 0.3, F(-1), 2, F(2, 3)]), max(F(1, 2), 0.6), min(F(1, 3), F(1, 4)))
show("a < 'x'", lambda: a < "x")
print(a == "x", a != None)

# hashing
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(10 ** 30, 7), F(2 ** 61 - 1), F(1, 2 ** 61 - 1), F(-1, 2 ** 61 - 1)]:
    print(v, hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(5, 4)) == hash(1.25), len({F(1, 2), 0.5, F(2, 4)}))

# limit_denominator
pi = F(math.pi)
print(pi)
for m in [1, 2, 7, 10, 100, 113, 1000, 10 ** 6]:
    print(m, pi.limit_denominator(m))
print(F("3.1415926535897932").limit_denominator(1000), F(1, 3).limit_denominator(2), F(-7, 13).limit_denominator(5))
show("limit0", lambda: a.limit_denominator(0))
print(F.from_float(0.1), F.from_float(3), F.from_float(-2.5))
show("from_float str", lambda: F.from_float("1"))
show("from_float inf", lambda: F.from_float(float("inf")))
show("from_decimal", lambda: F.from_decimal(1.5))
print(F.from_decimal(3))

# format
specs = ["", ">10", "<10", "^12", "*^12", "+", " ", "#", ",", "_", "=+10", "0>8",
         "f", ".2f", ".0f", "#.0f", "+.3f", "10.3f", "<10.3f", "^+12.2f", "010.2f", "010,.2f", "015,.1f", "_.1f",
         "e", ".2e", "E", ".0e", "#.0e", "g", ".3g", "G", "#g", ".0g", ".10g", "%", ".1%", "z.1f", "z.0f",
         "=10.2f", "x", "d", "010", "z", ".2", "+#,", "5.2s"]
vals = [F(1, 3), F(-2, 3), F(22, 7), F(-1234567, 100), F(0), F(5), F(1, 200000), F(10 ** 20, 3), F(-1, 1000)]
for s in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append("%s:%s" % (type(e).__name__, e))
    print(repr(s), out)
print(f"{F(1, 7):.5f} {F(-1, 7):>+10.3e} {F(2, 3)!s:>6} {F(2, 3):,}")
print("%.3f %s %r" % (F(1, 3), F(1, 3), F(1, 3)))

# numbers and misc
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Integral), issubclass(F, numbers.Real))
print(copy.copy(a) is a, copy.deepcopy(a) == a, a.__reduce__())
print(fractions.__all__ if hasattr(fractions, "__all__") else None)
class G(F):
    pass
g = G(3, 6)
print(repr(g), type(g + 1).__name__, type(-g).__name__, repr(copy.copy(g)), type(G.from_float(0.5)).__name__)
print(sum([F(1, n) for n in range(1, 11)]), math.fsum([F(1, 3), F(2, 3)]))
print(F(10 ** 50 + 1, 3 * 10 ** 49), float(F(10 ** 400, 3 * 10 ** 399)))
