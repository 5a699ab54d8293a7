import cmath, math

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.nanj.real, math.isnan(cmath.nanj.imag))

V = [-math.inf, -2.5, -1.0, -0.0, 0.0, 1e-310, 0.5, 1.0, 3.0, 1e300, math.inf, math.nan]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    out = []
    for x in V:
        for y in V:
            try:
                r = f(complex(x, y))
                out.append("%r,%r" % (r.real, r.imag))
            except Exception as e:
                out.append(type(e).__name__[:2])
    print(name)
    for i in range(0, len(out), 6):
        print("  " + " ".join(out[i:i + 6]))

for z in [1 + 2j, -3.5 + 0.25j, 1e-320 + 0j, -1e300 - 1e300j, 0.7 + 0.7j, 2, -2.0, 0.5, 710 + 1j, -710 + 1j,
          complex(1, 700), 1e-5j]:
    row = []
    for name in names:
        try:
            row.append(repr(getattr(cmath, name)(z)))
        except Exception as e:
            row.append("%s(%s)" % (type(e).__name__, e))
    print(repr(z), row)

for z in [1 + 1j, -1, -1 - 0j, complex(-1, -0.0), 0j, complex(-0.0, -0.0), 1e300 + 1e300j, complex(1e300, 1e-300),
          complex(1e300, -1e-300), complex(1, 1e-312), complex(math.inf, math.inf), complex(math.nan, 1), 3]:
    for f in (cmath.phase, cmath.polar):
        try:
            print(f.__name__, repr(z), f(z))
        except Exception as e:
            print(f.__name__, repr(z), type(e).__name__, e)
for r in [-math.inf, -2.0, -0.0, 0.0, 1.5, math.inf, math.nan]:
    row = []
    for phi in [-math.inf, -1.0, -0.0, 0.0, 2.0, math.pi, math.inf, math.nan]:
        try:
            row.append(repr(cmath.rect(r, phi)))
        except Exception as e:
            row.append(type(e).__name__)
    print("rect", r, row)

for args in [(8,), (8, 2), (1j, 1j), (-8, 2), (100, 10), (1 + 1j, 2 - 3j), (0,), (0, 2), (1, 0), (1, 1), (2, 1),
             (0, 0), (math.inf, 2), (2, math.inf), (1e-320, 10)]:
    try:
        print("log", args, cmath.log(*args))
    except Exception as e:
        print("log", args, type(e).__name__, e)

for a, b, kw in [(1, 1, {}), (1, 1 + 1e-10j, {}), (1, 1.1, {}), (1, 1.1, {"rel_tol": 0.2}),
                 (0, 1e-12j, {}), (0, 1e-12j, {"abs_tol": 1e-11}), (complex(math.inf, 1), complex(math.inf, 1), {}),
                 (math.inf, -math.inf, {}), (math.nan, math.nan, {}), (1e308 + 1e308j, 1e308 + 1.0000001e308j, {})]:
    print("isclose", a, b, kw, cmath.isclose(a, b, **kw))
for z in [1, 1j, complex(math.inf, 0), complex(0, -math.inf), complex(math.nan, 0), complex(1, math.nan), 1e308]:
    print("class", z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))


class C:
    def __complex__(self):
        return 2j


class Fl:
    def __float__(self):
        return 1.5


class Ix:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 1.5


class Sub(complex):
    pass


for a in ["a", None, C(), Fl(), Ix(), Bad(), True, 2 ** 2000, [1], Sub(4, 0), 4, 4.0]:
    try:
        print(repr(cmath.sqrt(a)))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: cmath.exp(1000), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j),
          lambda: cmath.log10(0), lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.atan(1j),
          lambda: cmath.atan(-1j), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.isclose(1, 1, abs_tol=-1),
          lambda: cmath.isclose(1), lambda: cmath.isclose(1, 1, 1), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
          lambda: cmath.sqrt(), lambda: cmath.rect(1), lambda: cmath.log(2, None), lambda: cmath.rect("a", 1),
          lambda: cmath.exp(z=1), lambda: cmath.tan(complex(1, 400)), lambda: cmath.sin(complex(1, 800))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: cmath.isclose(a=1, b=1), lambda: cmath.isclose(1, b=2.0), lambda: cmath.isclose(1, a=1),
          lambda: cmath.isclose(1, 1, tol=3), lambda: cmath.log(1, base=2), lambda: cmath.rect(1, phi=2),
          lambda: cmath.phase(1, 2), lambda: cmath.polar(), lambda: cmath.isnan(x=1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.sqrt.__name__, cmath.log.__name__, cmath.isclose.__name__)
