"""fractions: exact rational numbers (asp's own implementation).

A Fraction holds a numerator and a positive denominator with no common
factor (invariant kept by every constructor path), so equality is
componentwise and the hash is the one Python defines for all numbers
(n * d^-1 modulo 2**61 - 1), which makes hash(Fraction(x)) == hash(x) for
equal ints and floats.  Mixed arithmetic follows the numeric tower: with an
int or a Rational the result is exact, with a float it is a float, with a
complex a complex.  format() supports the 3.13 specs: the n/d form with
fill, alignment, sign, '#', width and grouping, and the float presentation
types e E f F g G % rounded exactly (half to even) from the rational value.
"""

import math as _math
import numbers as _numbers
import operator as _operator
import sys as _sys

__all__ = ["Fraction"]

_HASH_MOD = (1 << 61) - 1
_HASH_INF = 314159


def _parse_digits(s, pos, allow_empty):
    # Digits with single underscores between them, from s[pos:]; returns
    # (digit string, end) or (None, pos) if no well-formed run is there.
    start = pos
    n = len(s)
    out = []
    while pos < n and s[pos].isdecimal():
        out.append(s[pos])
        pos += 1
        if pos < n - 1 and s[pos] == "_" and s[pos + 1].isdecimal():
            pos += 1
    if pos == start:
        return ("" if allow_empty else None), pos
    if s[pos - 1] == "_":
        return None, start
    return "".join(out), pos


def _parse_fraction_text(text):
    # Grammar: ws [sign] (int ['/' int] | decimal [exponent]) ws, where a
    # decimal is 'digits', 'digits.', '.digits' or 'digits.digits'.
    s = text.strip()
    pos = 0
    n = len(s)
    neg = False
    if pos < n and s[pos] in "+-":
        neg = s[pos] == "-"
        pos += 1
    intpart, pos = _parse_digits(s, pos, True)
    if intpart is None:
        return None
    slash = pos
    while slash < n and s[slash].isspace():
        slash += 1
    if slash < n and s[slash] == "/":
        if intpart == "":
            return None
        pos = slash + 1
        while pos < n and s[pos].isspace():
            pos += 1
        den, pos = _parse_digits(s, pos, False)
        if den is None or pos != n:
            return None
        num = int(intpart)
        return (-num if neg else num), int(den)
    frac = ""
    if pos < n and s[pos] == ".":
        frac, pos = _parse_digits(s, pos + 1, True)
        if frac is None:
            return None
    if intpart == "" and frac == "":
        return None
    exp = 0
    if pos < n and s[pos] in "eE":
        pos += 1
        eneg = False
        if pos < n and s[pos] in "+-":
            eneg = s[pos] == "-"
            pos += 1
        edig, pos = _parse_digits(s, pos, False)
        if edig is None:
            return None
        exp = -int(edig) if eneg else int(edig)
    if pos != n:
        return None
    num = int(intpart + frac) if (intpart + frac) else 0
    exp -= len(frac)
    if exp >= 0:
        num *= 10 ** exp
        den = 1
    else:
        den = 10 ** -exp
    return (-num if neg else num), den


def _round_half_even(n, d):
    # Nearest integer to n/d (d > 0), ties to even.
    q, r = divmod(n, d)
    twice = 2 * r
    if twice > d or (twice == d and q % 2 == 1):
        q += 1
    return q


class Fraction(_numbers.Rational):
    """This class implements rational numbers."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse_fraction_text(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            elif type(numerator).__name__ == "Decimal" and hasattr(numerator, "as_integer_ratio"):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, _numbers.Rational) and isinstance(denominator, _numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        # Caller guarantees gcd == 1 and denominator > 0.
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, _numbers.Integral):
            return cls(int(dec))
        if type(dec).__name__ != "Decimal":
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is equal to the original Fraction."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q of self until the next
        # one's denominator would exceed the bound; the answer is either the
        # last convergent or the best semiconvergent before the next one.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)
        conv = Fraction._from_coprime_ints(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ---- format() ----

    def _parse_spec(self, spec):
        # [[fill]align][sign]['z']['#']['0'][width][grouping]['.' precision][type]
        bad = ValueError("Invalid format specifier %r for object of type %r"
                         % (spec, type(self).__name__))
        i = 0
        n = len(spec)
        fill = None
        align = None
        if n >= 2 and spec[1] in "<>=^":
            fill, align = spec[0], spec[1]
            i = 2
        elif n >= 1 and spec[0] in "<>=^":
            align = spec[0]
            i = 1
        sign = "-"
        if i < n and spec[i] in "+- ":
            sign = spec[i]
            i += 1
        nzero = False
        if i < n and spec[i] == "z":
            nzero = True
            i += 1
        alt = False
        if i < n and spec[i] == "#":
            alt = True
            i += 1
        zeropad = False
        if i < n and spec[i] == "0":
            zeropad = True
            i += 1
        j = i
        while i < n and "0" <= spec[i] <= "9":
            i += 1
        width = int(spec[j:i]) if i > j else 0
        group = ""
        if i < n and spec[i] in ",_":
            group = spec[i]
            i += 1
        prec = None
        if i < n and spec[i] == ".":
            j = i + 1
            i = j
            while i < n and "0" <= spec[i] <= "9":
                i += 1
            if i == j:
                raise bad
            prec = int(spec[j:i])
        ptype = ""
        if i < n:
            ptype = spec[i]
            i += 1
        if i != n:
            raise bad
        return bad, fill, align, sign, nzero, alt, zeropad, width, group, prec, ptype

    @staticmethod
    def _group(digits, sep):
        if not sep:
            return digits
        first = len(digits) % 3 or 3
        parts = [digits[:first]]
        for k in range(first, len(digits), 3):
            parts.append(digits[k:k + 3])
        return sep.join(parts)

    @staticmethod
    def _pad(body, sign, fill, align, width):
        total = len(sign) + len(body)
        if total >= width:
            return sign + body
        pad = width - total
        if fill is None:
            fill = " "
        if align == "<":
            return sign + body + fill * pad
        if align == "^":
            left = pad // 2
            return fill * left + sign + body + fill * (pad - left)
        if align == "=":
            return sign + fill * pad + body
        return fill * pad + sign + body

    def __format__(self, format_spec):
        if not isinstance(format_spec, str):
            raise TypeError("__format__() argument must be str, not %s" % type(format_spec).__name__)
        (bad, fill, align, sign, nzero, alt, zeropad, width, group, prec,
         ptype) = self._parse_spec(format_spec)
        n, d = self._numerator, self._denominator
        if ptype == "":
            if zeropad or nzero or prec is not None:
                raise bad
            if align is None:
                align = ">"
            body = self._group(str(abs(n)), group)
            if d != 1 or alt:
                body += "/" + self._group(str(d), group)
            if n < 0:
                sgn = "-"
            else:
                sgn = "" if sign == "-" else sign
            return self._pad(body, sgn, fill, align, width)
        if ptype not in "eEfFgG%" or len(ptype) != 1:
            raise bad
        if zeropad and fill is None and align is None:
            fill, align = "0", "="
        if align is None:
            align = ">"
        if prec is None:
            prec = 6
        negative = n < 0
        n = abs(n)
        lower = ptype.lower()
        exp_char = "E" if ptype in "EG" else "e"
        suffix = ""
        strip = False
        if lower == "g":
            figures = max(prec, 1)
            strip = not alt
            if n == 0:
                ex = 0
            else:
                ex = self._exponent(n, d, figures)
            if -4 <= ex < figures:
                style = "f"
                prec = figures - 1 - ex
            else:
                style = "e"
                prec = figures - 1
        elif lower == "e":
            style = "e"
        else:
            style = "f"
        if ptype == "%":
            n *= 100
            suffix = "%"
        if style == "f":
            scaled = _round_half_even(n * 10 ** prec, d)
            digits = str(scaled)
            if prec:
                if len(digits) <= prec:
                    digits = "0" * (prec + 1 - len(digits)) + digits
                intdigits, fracdigits = digits[:-prec], digits[-prec:]
            else:
                intdigits, fracdigits = digits, ""
            expo = ""
        else:
            if n == 0:
                ex = 0
                scaled = 0
            else:
                ex = self._exponent(n, d, prec + 1)
                scaled = self._scaled(n, d, prec + 1, ex)
            digits = str(scaled).rjust(prec + 1, "0")
            intdigits, fracdigits = digits[:1], digits[1:]
            expo = "%s%+03d" % (exp_char, ex)
        if strip:
            fracdigits = fracdigits.rstrip("0")
        point = "." if (fracdigits or alt) else ""
        is_zero = scaled == 0
        if negative and not (nzero and is_zero):
            sgn = "-"
        else:
            sgn = "" if sign == "-" else sign
        rest = point + fracdigits + expo + suffix
        if zeropad and fill == "0" and align == "=":
            min_lead = width - len(sgn) - len(rest)
            if group:
                want = 3 * min_lead // 4 + 1
            else:
                want = min_lead
            if len(intdigits) < want:
                intdigits = intdigits.rjust(want, "0")
        body = self._group(intdigits, group) + rest
        return self._pad(body, sgn, fill, align, width)

    @staticmethod
    def _scaled(n, d, figures, ex):
        # round(n/d * 10**(figures-1-ex)) half to even.
        shift = figures - 1 - ex
        if shift >= 0:
            return _round_half_even(n * 10 ** shift, d)
        return _round_half_even(n, d * 10 ** -shift)

    @classmethod
    def _exponent(cls, n, d, figures):
        # Decimal exponent of n/d (> 0) once rounded to `figures` digits.
        ex = len(str(n)) - len(str(d))
        # Make 10**ex <= n/d < 10**(ex+1).
        if ex >= 0:
            if n < d * 10 ** ex:
                ex -= 1
        else:
            if n * 10 ** -ex < d:
                ex -= 1
        if cls._scaled(n, d, figures, ex) >= 10 ** figures:
            ex += 1
        return ex

    # ---- arithmetic ----

    def _operator_fallbacks(monomorphic, fallback, name, handle_complex=True):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic(a, b)
            if isinstance(b, int):
                return monomorphic(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return fallback(float(a), b)
            if handle_complex and isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented
        forward.__name__ = "__" + name + "__"

        def reverse(b, a):
            if isinstance(a, _numbers.Rational):
                return monomorphic(Fraction(a), b)
            if isinstance(a, _numbers.Real):
                return fallback(float(a), float(b))
            if handle_complex and isinstance(a, _numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = "__r" + name + "__"
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    __add__, __radd__ = _operator_fallbacks(_add, _operator.add, "add")

    def _sub(a, b):
        return Fraction._add(a, Fraction._from_coprime_ints(-b._numerator, b._denominator))

    __sub__, __rsub__ = _operator_fallbacks(_sub, _operator.sub, "sub")

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = _math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = _math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._from_coprime_ints(na * nb, db * da)

    __mul__, __rmul__ = _operator_fallbacks(_mul, _operator.mul, "mul")

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a._numerator * db))
        na, da = a._numerator, a._denominator
        g1 = _math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._from_coprime_ints(n, d)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, _operator.truediv, "truediv")

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, _operator.floordiv, "floordiv", False)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, "divmod", False)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, _operator.mod, "mod", False)

    def __pow__(a, b):
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power,
                                                       a._denominator ** power)
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power,
                                                       a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
                return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                                   (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=_operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return _round_half_even(self._numerator, self._denominator)
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MOD)
        except ValueError:
            # The denominator is a multiple of the modulus: no inverse.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, _numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, _operator.gt)

    def __le__(a, b):
        return a._richcmp(b, _operator.le)

    def __ge__(a, b):
        return a._richcmp(b, _operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
