"""cmath: mathematical functions for complex numbers (asp's own implementation).

Finite arguments use branch-cut-aware formulas after Kahan ("Branch cuts for
complex elementary functions"): square roots of 1 +- z for the inverse
functions, scaling near the ends of the double range, log1p near |z| = 1, so
results agree with CPython's to the last bit in the cases we test.
Non-finite arguments (an infinite or nan part) take their result from a
table per function, indexed by the class of each part (-inf, negative,
-0, +0, positive, +inf, nan), as C99 Annex G specifies; the entries were
established by observing CPython 3.13.  'C' cells (an infinite real part and a
finite nonzero imaginary part) depend on the sign of cos/sin and are
computed; 'E' cells raise ValueError.  Domain errors raise ValueError("math
domain error"), overflow OverflowError("math range error"), as CPython's do.
sin, cos, tan, asin, atan go through the hyperbolic functions of i*z.
"""

import math as _m

__all__ = []

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
infj = complex(0.0, _m.inf)
nan = _m.nan
nanj = complex(0.0, _m.nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LOG_LARGE = _m.log(_LARGE)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046

_TOKENS = {"i": _m.inf, "-i": -_m.inf, "n": _m.nan, "0": 0.0, "-0": -0.0, "1": 1.0, "-1": -1.0,
           "p": _m.pi, "-p": -_m.pi, "h": _m.pi / 2, "-h": -_m.pi / 2, "q": _m.pi / 4,
           "-q": -_m.pi / 4, "t": 3 * _m.pi / 4, "-t": -3 * _m.pi / 4}

_RAW = {
    "sqrt": "i,-i 0,-i 0,-i 0,i 0,i i,i n,i i,-i . . . . i,i n,n i,-i . . . . i,i n,n i,-i . . . . i,i n,n i,-i . . . . i,i n,n i,-i i,-0 i,-0 i,0 i,0 i,i i,n i,-i n,n n,n n,n n,n i,i n,n",
    "log": "i,-t i,-p i,-p i,p i,p i,t i,n i,-h . . . . i,h n,n i,-h . . . . i,h n,n i,-h . . . . i,h n,n i,-h . . . . i,h n,n i,-q i,-0 i,-0 i,0 i,0 i,q i,n i,n n,n n,n n,n n,n i,n n,n",
    "acos": "t,i p,i p,i p,-i p,-i t,-i n,i h,i . . . . h,-i n,n h,i . . . . h,-i h,n h,i . . . . h,-i h,n h,i . . . . h,-i n,n q,i 0,i 0,i 0,-i 0,-i q,-i n,i n,i n,n n,n n,n n,n n,-i n,n",
    "acosh": "i,-t i,-p i,-p i,p i,p i,t i,n i,-h . . . . i,h n,n i,-h . . . . i,h n,n i,-h . . . . i,h n,n i,-h . . . . i,h n,n i,-q i,-0 i,-0 i,0 i,0 i,q i,n i,n n,n n,n n,n n,n i,n n,n",
    "asinh": "-i,-q -i,-0 -i,-0 -i,0 -i,0 -i,q -i,n -i,-h . . . . -i,h n,n -i,-h . . . . -i,h n,n i,-h . . . . i,h n,n i,-h . . . . i,h n,n i,-q i,-0 i,-0 i,0 i,0 i,q i,n i,n n,n n,-0 n,0 n,n i,n n,n",
    "atanh": "-0,-h -0,-h -0,-h -0,h -0,h -0,h -0,n -0,-h . . . . -0,h n,n -0,-h . . . . -0,h -0,n 0,-h . . . . 0,h 0,n 0,-h . . . . 0,h n,n 0,-h 0,-h 0,-h 0,h 0,h 0,h 0,n 0,-h n,n n,n n,n n,n 0,h n,n",
    "exp": "0,0 C 0,-0 0,0 C 0,0 0,0 E . . . . E n,n E . . . . E n,n E . . . . E n,n E . . . . E n,n E C i,-0 i,0 C E i,n n,n n,n n,-0 n,0 n,n n,n n,n",
    "cosh": "E C i,0 i,-0 C E i,n E . . . . E n,n E . . . . E n,0 E . . . . E n,0 E . . . . E n,n E C i,-0 i,0 C E i,n n,n n,n n,0 n,0 n,n n,n n,n",
    "sinh": "E C -i,-0 -i,0 C E i,n E . . . . E n,n E . . . . E 0,n E . . . . E 0,n E . . . . E n,n E C i,-0 i,0 C E i,n n,n n,n n,-0 n,0 n,n n,n n,n",
    "tanh": "-1,0 C -1,-0 -1,0 C -1,0 -1,0 E . . . . E n,n E . . . . E n,n E . . . . E n,n E . . . . E n,n 1,0 C 1,-0 1,0 C 1,0 1,0 n,n n,n n,-0 n,0 n,n n,n n,n",
    "rect": "E C -i,0 -i,-0 C E i,n E . . . . E n,n 0,0 . . . . 0,0 0,0 0,0 . . . . 0,0 0,0 E . . . . E n,n E C i,-0 i,0 C E i,n n,n n,n n,0 n,0 n,n n,n n,n",
}


def _decode(text):
    cells = []
    for c in text.split():
        if c == "." or c == "C" or c == "E":
            cells.append(c)
        else:
            re, im = c.split(",")
            cells.append(complex(_TOKENS[re], _TOKENS[im]))
    return cells


_SPECIAL = {name: _decode(text) for name, text in _RAW.items()}
del _RAW


def _cls(v):
    if v != v:
        return 6
    if v == _m.inf:
        return 5
    if v == -_m.inf:
        return 0
    if v == 0.0:
        return 2 if _m.copysign(1.0, v) < 0 else 3
    return 1 if v < 0 else 4


def _special(name, x, y):
    # The table cell for a non-finite argument: a complex, "C" or "E".
    return _SPECIAL[name][_cls(x) * 7 + _cls(y)]


def _domain():
    raise ValueError("math domain error")


def _range():
    raise OverflowError("math range error")


def _arg(z):
    # complex, or an object with __complex__, or a real number (__float__ or
    # __index__), as CPython's cmath functions accept.
    if type(z) is complex:
        return z
    if isinstance(z, complex):
        return complex(z.real, z.imag)
    meth = getattr(type(z), "__complex__", None)
    if meth is not None:
        r = meth(z)
        if not isinstance(r, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(r).__name__)
        return r
    return complex(_real(z), 0.0)


def _real(x):
    if type(x) is float:
        return x
    if hasattr(type(x), "__float__") or hasattr(type(x), "__index__"):
        return float(x)
    raise TypeError("must be real number, not %s" % type(x).__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


# ---- square root, exponential, logarithms ----

def _sqrt(z):
    x, y = z.real, z.imag
    if not _finite(z):
        return _special("sqrt", x, y)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # hypot would be subnormal: scale up by 2**53, back by 2**-27.
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def sqrt(z, /):
    """Return the square root of z."""
    return _sqrt(_arg(z))


def exp(z, /):
    """Return the exponential value e**z."""
    z = _arg(z)
    x, y = z.real, z.imag
    if not _finite(z):
        r = _special("exp", x, y)
        if r == "E":
            _domain()
        if r == "C":
            if x > 0:
                return complex(_m.copysign(_m.inf, _m.cos(y)), _m.copysign(_m.inf, _m.sin(y)))
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        return r
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        re = l * _m.cos(y) * _m.e
        im = l * _m.sin(y) * _m.e
    else:
        l = _m.exp(x)
        re = l * _m.cos(y)
        im = l * _m.sin(y)
    if _m.isinf(re) or _m.isinf(im):
        _range()
    return complex(re, im)


def _log(z):
    # (log z, domain error flag)
    x, y = z.real, z.imag
    if not _finite(z):
        r = _special("log", x, y)
        if r == "E":
            return complex(_m.nan, _m.nan), True
        return r, False
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            return complex(-_m.inf, _m.atan2(y, x)), True
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            big = max(ax, ay)
            small = min(ax, ay)
            re = _m.log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(y, x)), False


def log(*args, **kw):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e) of z."""
    if kw:
        raise TypeError("cmath.log() takes no keyword arguments")
    if not args:
        raise TypeError("log expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("log expected at most 2 arguments, got %d" % len(args))
    lx, err = _log(_arg(args[0]))
    if len(args) == 1:
        if err:
            _domain()
        return lx
    lb, err = _log(_arg(args[1]))
    if err or lb == 0:
        _domain()
    return lx / lb


def log10(z, /):
    """Return the base-10 logarithm of z."""
    r, err = _log(_arg(z))
    if err:
        _domain()
    return complex(r.real / _LN10, r.imag / _LN10)


# ---- hyperbolic functions ----

def _cosh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        r = _special("cosh", x, y)
        if r == "E":
            _domain()
        if r == "C":
            return complex(_m.copysign(_m.inf, _m.cos(y)),
                           _m.copysign(_m.inf, _m.sin(y)) * _m.copysign(1.0, x))
        return r
    if abs(x) > _LOG_LARGE:
        # cosh(x) alone would overflow where the product need not.
        xm1 = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _m.cosh(xm1) * _m.e
        im = _m.sin(y) * _m.sinh(xm1) * _m.e
    else:
        re = _m.cos(y) * _m.cosh(x)
        im = _m.sin(y) * _m.sinh(x)
    if _m.isinf(re) or _m.isinf(im):
        _range()
    return complex(re, im)


def _sinh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        r = _special("sinh", x, y)
        if r == "E":
            _domain()
        if r == "C":
            return complex(_m.copysign(_m.inf, _m.cos(y)) * _m.copysign(1.0, x),
                           _m.copysign(_m.inf, _m.sin(y)))
        return r
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        re = _m.cos(y) * _m.sinh(xm1) * _m.e
        im = _m.sin(y) * _m.cosh(xm1) * _m.e
    else:
        re = _m.cos(y) * _m.sinh(x)
        im = _m.sin(y) * _m.cosh(x)
    if _m.isinf(re) or _m.isinf(im):
        _range()
    return complex(re, im)


def _tanh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        r = _special("tanh", x, y)
        if r == "E":
            _domain()
        if r == "C":
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        return r
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    return _cosh(_arg(z))


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    return _sinh(_arg(z))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    return _tanh(_arg(z))


def cos(z, /):
    """Return the cosine of z."""
    z = _arg(z)
    return _cosh(complex(-z.imag, z.real))


def sin(z, /):
    """Return the sine of z."""
    z = _arg(z)
    s = _sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def tan(z, /):
    """Return the tangent of z."""
    z = _arg(z)
    s = _tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


# ---- inverse functions ----

def _acos(z):
    x, y = z.real, z.imag
    if not _finite(z):
        return _special("acos", x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _m.atan2(abs(y), x)
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if x < 0.0:
            im = -_m.copysign(big, y)
        else:
            im = _m.copysign(big, -y)
        return complex(re, im)
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def _acosh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        return _special("acosh", x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def _asinh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        return _special("asinh", x, y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        big = _m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0
        if y >= 0.0:
            re = _m.copysign(big, x)
        else:
            re = -_m.copysign(big, -x)
        return complex(re, _m.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def _atanh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        return _special("atanh", x, y)
    if x < 0.0:
        # atanh is odd: work with real part >= 0.
        r = _atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        # |z| large: atanh(z) ~ 1/z +- i*pi/2.
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def acos(z, /):
    """Return the arc cosine of z."""
    return _acos(_arg(z))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    return _acosh(_arg(z))


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    return _asinh(_arg(z))


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    return _atanh(_arg(z))


def asin(z, /):
    """Return the arc sine of z."""
    z = _arg(z)
    s = _asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def atan(z, /):
    """Return the arc tangent of z."""
    z = _arg(z)
    s = _atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


# ---- polar coordinates and classification ----

def _phase(z):
    y, x = z.imag, z.real
    r = _m.atan2(y, x)
    # An angle that underflows to zero is reported by libm, and CPython's
    # phase() turns that into OverflowError (polar() does not).
    if r == 0.0 and y != 0.0 and _m.isfinite(x) and _m.isfinite(y):
        _range()
    return r


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    return _phase(_arg(z))


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

    r is the distance from 0 and phi the phase angle."""
    z = _arg(z)
    phi = _m.atan2(z.imag, z.real)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        _range()
    return (r, phi)


def rect(*args, **kw):
    """Convert from polar coordinates to rectangular coordinates."""
    if kw:
        raise TypeError("cmath.rect() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("rect expected 2 arguments, got %d" % len(args))
    r, phi = args
    r = _real(r)
    phi = _real(phi)
    if not (_m.isfinite(r) and _m.isfinite(phi)):
        c = _special("rect", r, phi)
        if c == "C":
            sign = 1.0 if r > 0 else -1.0
            return complex(sign * _m.copysign(_m.inf, _m.cos(phi)), sign * _m.copysign(_m.inf, _m.sin(phi)))
        if c == "E":
            _domain()
        return c
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    z = _arg(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _arg(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _arg(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(*args, **kw):
    """Determine whether two complex numbers are close in value."""
    if len(args) > 2:
        raise TypeError("isclose() takes exactly 2 positional arguments (%d given)" % len(args))
    params = dict(zip(("a", "b"), args))
    for pos, key in ((1, "a"), (2, "b")):
        if key not in params and key not in kw:
            raise TypeError("isclose() missing required argument '%s' (pos %d)" % (key, pos))
    for key, value in kw.items():
        if key not in ("a", "b", "rel_tol", "abs_tol"):
            raise TypeError("isclose() got an unexpected keyword argument '%s'" % key)
        if key in params:
            raise TypeError("argument for isclose() given by name ('%s') and position (%d)"
                            % (key, 1 if key == "a" else 2))
        params[key] = value
    for pos, key in ((1, "a"), (2, "b")):
        if key not in params:
            raise TypeError("isclose() missing required argument '%s' (pos %d)" % (key, pos))
    a = params["a"]
    b = params["b"]
    rel_tol = params.get("rel_tol", 1e-09)
    abs_tol = params.get("abs_tol", 0.0)
    a = _arg(a)
    b = _arg(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if _m.isinf(a.real) or _m.isinf(a.imag) or _m.isinf(b.real) or _m.isinf(b.imag):
        return False
    diff = _m.hypot((b - a).real, (b - a).imag)
    return (diff <= rel_tol * _m.hypot(b.real, b.imag) or diff <= rel_tol * _m.hypot(a.real, a.imag)
            or diff <= abs_tol)


def _unary(name, impl):
    # The calling convention of CPython's one-argument built-ins.
    def f(*args, **kw):
        if kw:
            raise TypeError("cmath.%s() takes no keyword arguments" % name)
        if len(args) != 1:
            raise TypeError("cmath.%s() takes exactly one argument (%d given)" % (name, len(args)))
        return impl(args[0])
    f.__name__ = f.__qualname__ = name
    f.__doc__ = impl.__doc__
    return f


for _name in ("sqrt", "exp", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh",
              "sin", "sinh", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"):
    globals()[_name] = _unary(_name, globals()[_name])
del _name
del __all__
