"""decimal: decimal floating point arithmetic (asp's own implementation).

Written from the General Decimal Arithmetic specification and the behaviour
CPython 3.13 (whose decimal is libmpdec) shows: results, reprs, flags and
exception messages.  A Decimal is (sign, coefficient, exponent, kind) where
the coefficient is a non-negative int (asp ints are libtommath big ints, so
digit work is done by big-int operations the realm's budgets charge), the
exponent an unbounded int, and kind 0 finite, 1 infinity, 2 quiet NaN,
3 signaling NaN (the coefficient is then the payload).

Every public operation collects the conditions it raises in a list `st`
and hands it to Context._apply at the end: the flags are set and, if any of
them is trapped, the first trapped signal (in CPython's order) is raised
with the list of trapped conditions as its message, as libmpdec does.

Invariants that keep hostile operands bounded: no operation builds
10**k for a k derived from an exponent difference unless it is bounded by
the operands' digit counts or the precision (_fix rounds away whole
coefficients without building the divisor; additions replace a far smaller
operand by a sticky digit; quantize and divide_int check the result size
before computing it; powers estimate the magnitude first).
"""

import contextvars as _contextvars
import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Order in which a trapped signal is chosen to be raised, and the keys of
# Context.flags / Context.traps.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# Order of the conditions in an exception's message.
_COND_ORDER = (InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext, FloatOperation,
               DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
               Rounded, Clamped)
# Order of the signals in Context.__repr__ (libmpdec's flag bit order).
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
# libmpdec's status bits in order; a tuple marks an InvalidOperation
# condition.
_REPR_BITS = (Clamped, (ConversionSyntax,), DivisionByZero,
              (DivisionImpossible,), (DivisionUndefined,), Inexact,
              (InvalidContext,), (InvalidOperation,), FloatOperation, Overflow,
              Rounded, Subnormal, Underflow)
_SIGNAL_OF = {ConversionSyntax: InvalidOperation,
              DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation,
              InvalidContext: InvalidOperation}

_HASH_MOD = (1 << 61) - 1
_HASH_INF = 314159

_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3


# ---------------------------------------------------------------- digits

_E18 = 10 ** 18


def _ndig(c):
    # Number of decimal digits of c >= 0 (0 has one digit).  Estimated from
    # the bit length so a huge coefficient is not converted to text.
    if c < _E18:
        return len(str(c))
    b = c.bit_length()
    lo = ((b - 1) * 30102999566) // 100000000000
    if c >= 10 ** (lo + 1):
        return lo + 2
    return lo + 1


def _istr(c):
    # str(c) for c >= 0 without int's 4300-digit text limit (split in
    # halves by a power of ten; depth is log2 of the size).
    if c < 10 ** 4000:
        return str(c)
    k = _ndig(c) // 2
    hi, lo = divmod(c, 10 ** k)
    return _istr(hi) + _istr(lo).rjust(k, '0')


def _iparse(s):
    # int(s) for a string of ASCII digits without the text limit.
    n = len(s)
    if n <= 4000:
        return int(s)
    k = n // 2
    return _iparse(s[:n - k]) * 10 ** k + _iparse(s[n - k:])


def _strip(c, maxk):
    # Removes up to maxk trailing zeros from c > 0: returns (c', removed).
    removed = 0
    step = 1
    while removed < maxk:
        s = min(step, maxk - removed)
        q, r = divmod(c, 10 ** s)
        if r:
            if s == 1:
                break
            step = 1
            continue
        c = q
        removed += s
        step *= 2
    return c, removed


def _round_inc(mode, sign, q, r, half):
    # Whether truncated quotient q (remainder r, half = half a unit) rounds
    # away from zero under mode.
    if r == 0:
        return False
    if mode == ROUND_HALF_EVEN:
        return r > half or (r == half and q & 1 == 1)
    if mode == ROUND_HALF_UP:
        return r >= half
    if mode == ROUND_HALF_DOWN:
        return r > half
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return sign == 0
    if mode == ROUND_FLOOR:
        return sign == 1
    # ROUND_05UP
    return q % 5 == 0


def _drop(c, drop, mode, sign):
    # Removes drop > 0 low digits from c with rounding: (c', inexact).
    if drop > _ndig(c) + 1:
        # Everything goes: only "nonzero but below half a unit" matters.
        if c == 0:
            return 0, False
        c = 1
        drop = 2
    p = 10 ** drop
    q, r = divmod(c, p)
    if _round_inc(mode, sign, q, r, p // 2):
        q += 1
    return q, r != 0


# ---------------------------------------------------------------- values

def _mk(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._s = sign
    d._c = coef
    d._e = exp
    d._k = kind
    return d


def _mkcls(cls, sign, coef, exp, kind):
    d = object.__new__(cls)
    d._s = sign
    d._c = coef
    d._e = exp
    d._k = kind
    return d


def _nan(st, sign=0, payload=0):
    st.append(InvalidOperation)
    return _mk(sign, payload, 0, _NAN)


def _inf(sign):
    return _mk(sign, 0, 0, _INF)


def _fix_nan(d, ctx):
    # Quiets nothing; trims the payload to prec - clamp digits.
    maxd = ctx.prec - ctx.clamp
    if d._c and _ndig(d._c) > maxd:
        c = d._c % (10 ** maxd) if maxd > 0 else 0
        return _mk(d._s, c, 0, _NAN)
    if d._k != _NAN:
        return _mk(d._s, d._c, 0, _NAN)
    return d


def _check_nans(a, b, ctx, st):
    # NaN propagation: sNaN first (signals, quieted), then qNaN.
    if a._k == _SNAN:
        st.append(InvalidOperation)
        return _fix_nan(a, ctx)
    if b is not None and b._k == _SNAN:
        st.append(InvalidOperation)
        return _fix_nan(b, ctx)
    if a._k == _NAN:
        return _fix_nan(a, ctx)
    if b is not None and b._k == _NAN:
        return _fix_nan(b, ctx)
    return None


def _fix(sign, c, e, ctx, st):
    # Rounds the exact value (-1)**sign * c * 10**e to the context and
    # applies its exponent limits, appending the conditions raised.
    p = ctx.prec
    emin = ctx.Emin
    emax = ctx.Emax
    etiny = emin - p + 1
    etop = emax - p + 1
    if c == 0:
        top = etop if ctx.clamp else emax
        if e < etiny:
            e = etiny
            st.append(Clamped)
        elif e > top:
            e = top
            st.append(Clamped)
        return _mk(sign, 0, e)
    n = _ndig(c)
    adj = e + n - 1
    subnormal = adj < emin
    t = e + n - p
    if t < etiny:
        t = etiny
    inexact = False
    if t > e:
        mode = ctx.rounding
        c, inexact = _drop(c, t - e, mode, sign)
        e = t
        st.append(Rounded)
        if inexact:
            st.append(Inexact)
        if c >= 10 ** p:
            c //= 10
            e += 1
        if subnormal:
            if inexact:
                st.append(Subnormal)
                st.append(Underflow)
                if c == 0:
                    st.append(Clamped)
            else:
                st.append(Subnormal)
    elif subnormal:
        st.append(Subnormal)
    if c and e + _ndig(c) - 1 > emax:
        st.append(Overflow)
        st.append(Inexact)
        st.append(Rounded)
        mode = ctx.rounding
        if mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN,
                    ROUND_UP) or (mode == ROUND_CEILING and sign == 0) or \
                (mode == ROUND_FLOOR and sign == 1):
            return _inf(sign)
        return _mk(sign, 10 ** p - 1, etop)
    if ctx.clamp and e > etop:
        c *= 10 ** (e - etop)
        e = etop
        st.append(Clamped)
    return _mk(sign, c, e)


def _finish(d, ctx, st):
    # Rounds a finite result to the context; passes specials through.
    if d._k == _FINITE:
        return _fix(d._s, d._c, d._e, ctx, st)
    if d._k >= _NAN:
        return _fix_nan(d, ctx)
    return d


# ---------------------------------------------------------------- parsing

def _parse(s):
    # Returns a Decimal or None for a syntax error.  Underscores are
    # dropped wherever they are, as CPython's decimal does.
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isdecimal():
                out.append(str(int(ch)))
            elif ch.isspace():
                return None
            else:
                out.append(ch)
        s = ''.join(out)
    n = len(s)
    if n == 0:
        return None
    pos = 0
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        pos = 1
    rest = s[pos:]
    low = rest.lower()
    if low == 'inf' or low == 'infinity':
        return _mk(sign, 0, 0, _INF)
    if low.startswith('nan') or low.startswith('snan'):
        kind = _NAN if low[0] == 'n' else _SNAN
        digs = rest[3:] if kind == _NAN else rest[4:]
        if digs == '':
            return _mk(sign, 0, 0, kind)
        if not digs.isdigit() or not digs.isascii():
            return None
        return _mk(sign, _iparse(digs), 0, kind)
    # number: digits [. digits] [e [sign] digits]
    mant = rest
    exp = 0
    k = -1
    for i in range(len(rest)):
        ch = rest[i]
        if ch == 'e' or ch == 'E':
            k = i
            break
    if k >= 0:
        mant = rest[:k]
        es = rest[k + 1:]
        if es[:1] in ('+', '-'):
            digs = es[1:]
        else:
            digs = es
        if digs == '' or not digs.isdigit() or not digs.isascii():
            return None
        exp = int(es)
    dot = mant.find('.')
    if dot >= 0:
        ip = mant[:dot]
        fp = mant[dot + 1:]
    else:
        ip = mant
        fp = ''
    if ip == '' and fp == '':
        return None
    digs = ip + fp
    if not digs.isdigit() or not digs.isascii():
        return None
    return _mk(sign, _iparse(digs), exp - len(fp))


def _from_float(f):
    if f != f:
        return _mk(0, 0, 0, _NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _mk(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    # d is a power of two 2**k: n/2**k = n*5**k / 10**k.
    k = d.bit_length() - 1
    return _mk(sign, n * 5 ** k, -k)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _mk(sign, 0, 0, _INF)
    if isinstance(digits, list):
        digits = tuple(digits)
    if not isinstance(digits, tuple):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not isinstance(dg, int) or dg < 0 or dg > 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if exp == 'n' or exp == 'N':
        return _mk(sign, c, 0, _NAN if exp == 'n' else _SNAN)
    if isinstance(exp, str):
        raise ValueError("string argument in the third position must be "
                         "'F', 'n' or 'N'")
    if not isinstance(exp, int) or isinstance(exp, bool):
        raise ValueError('exponent must be an integer')
    return _mk(sign, c, exp)


def _conv(x):
    # Operand conversion for the arithmetic methods: Decimal or int.
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _mk(1 if x < 0 else 0, abs(x), 0)
    return None


def _conv_strict(x):
    d = _conv(x)
    if d is None:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(x).__name__)
    return d


def _typename(x):
    if isinstance(x, Decimal):
        return 'decimal.Decimal'
    return type(x).__name__


def _binop_type_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _typename(a), _typename(b)))


def _builtin_type(x):
    return type(x).__module__ == 'builtins'


# ---------------------------------------------------------------- text

def _sci(d, capitals=1, eng=False):
    sign = '-' if d._s else ''
    if d._k == _INF:
        return sign + 'Infinity'
    if d._k >= _NAN:
        s = sign + ('NaN' if d._k == _NAN else 'sNaN')
        if d._c:
            s += _istr(d._c)
        return s
    digits = _istr(d._c)
    e = d._e
    n = len(digits)
    adj = e + n - 1
    if e <= 0 and adj >= -6:
        if e == 0:
            return sign + digits
        if n > -e:
            return sign + digits[:n + e] + '.' + digits[n + e:]
        return sign + '0.' + '0' * (-e - n) + digits
    ech = 'E' if capitals else 'e'
    if not eng:
        dot = 1
    elif d._c == 0:
        # the exponent goes up to a multiple of three; the zero keeps its
        # quantum through fractional zero digits
        r = adj % 3
        if r == 0:
            dot = 1
        else:
            frac = '0.00' if r == 1 else '0.0'
            adj += 3 - r
            if adj == 0:
                return sign + frac
            return sign + frac + ech + ('+' if adj > 0 else '') + str(adj)
    else:
        dot = adj % 3 + 1
        adj -= dot - 1
        if n < dot:
            digits += '0' * (dot - n)
            n = dot
    if dot >= n:
        out = digits
    else:
        out = digits[:dot] + '.' + digits[dot:]
    if adj != 0:
        out += ech + ('+' if adj > 0 else '') + str(adj)
    return sign + out


# ---------------------------------------------------------------- compare

def _cmp_abs(a, b):
    # Compares finite |a| and |b|: -1, 0, 1.
    if a._c == 0:
        return 0 if b._c == 0 else -1
    if b._c == 0:
        return 1
    aa = a._e + _ndig(a._c)
    ba = b._e + _ndig(b._c)
    if aa != ba:
        return 1 if aa > ba else -1
    ca, cb = a._c, b._c
    if a._e > b._e:
        ca *= 10 ** (a._e - b._e)
    elif b._e > a._e:
        cb *= 10 ** (b._e - a._e)
    return (ca > cb) - (ca < cb)


def _cmp(a, b):
    # Numeric comparison of non-NaN a and b: -1, 0, 1.
    if a._k == _INF or b._k == _INF:
        av = 0 if a._k != _INF else (-1 if a._s else 1)
        bv = 0 if b._k != _INF else (-1 if b._s else 1)
        if av != bv:
            return (av > bv) - (av < bv)
        if av != 0:
            return 0
        # one infinite: the other is finite
    if a._c == 0 and b._c == 0:
        return 0
    sa = 0 if a._c == 0 else (-1 if a._s else 1)
    sb = 0 if b._c == 0 else (-1 if b._s else 1)
    if sa != sb:
        return (sa > sb) - (sa < sb)
    r = _cmp_abs(a, b)
    return -r if sa < 0 else r


# ---------------------------------------------------------------- context

def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v)
                               for k, v in self.items()) + '}'


def _signal_dict(src):
    d = _SignalDict()
    for s in _SIGNALS:
        d[s] = False
    if src is None:
        return d
    if isinstance(src, dict):
        if len(src) != len(d) or any(k not in src for k in d):
            raise KeyError('invalid signal dict')
        for k in _SIGNALS:
            d[k] = bool(src[k])
        return d
    for k in src:
        if k not in d:
            raise KeyError(_SIGNAL_KEY_MSG)
        d[k] = True
    return d


_SIGNAL_KEY_MSG = ('valid values for signals are:\n'
                   '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                   '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                   '   Clamped]')

_ROUNDING_MSG = ('valid values for rounding are:\n'
                 '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                 '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                 '   ROUND_05UP]')


class Context(object):
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        object.__setattr__(self, '_prec', 28)
        object.__setattr__(self, '_rounding', ROUND_HALF_EVEN)
        object.__setattr__(self, '_Emin', -999999)
        object.__setattr__(self, '_Emax', 999999)
        object.__setattr__(self, '_capitals', 1)
        object.__setattr__(self, '_clamp', 0)
        if dc is not None:
            object.__setattr__(self, '_prec', dc._prec)
            object.__setattr__(self, '_rounding', dc._rounding)
            object.__setattr__(self, '_Emin', dc._Emin)
            object.__setattr__(self, '_Emax', dc._Emax)
            object.__setattr__(self, '_capitals', dc._capitals)
            object.__setattr__(self, '_clamp', dc._clamp)
        for name in _CTX_SETTERS:
            object.__setattr__(self, name, getattr(self, '_' + name))
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        object.__setattr__(self, 'flags', _signal_dict(flags))
        object.__setattr__(self, '_ioconds', set())
        if traps is None:
            if dc is not None:
                t = _signal_dict(None)
                t.update(dc.traps)
            else:
                t = _signal_dict([InvalidOperation, DivisionByZero, Overflow])
            object.__setattr__(self, 'traps', t)
        else:
            object.__setattr__(self, 'traps', _signal_dict(traps))

    # attributes with validation
    def _set_prec(self, v):
        _check_int(v)
        if v < 1 or v > MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        object.__setattr__(self, '_prec', v)


    def _set_rounding(self, v):
        if not isinstance(v, str) or v not in _ROUNDINGS:
            raise TypeError(_ROUNDING_MSG)
        object.__setattr__(self, '_rounding', v)


    def _set_Emin(self, v):
        _check_int(v)
        if v > 0 or v < MIN_EMIN:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        object.__setattr__(self, '_Emin', v)


    def _set_Emax(self, v):
        _check_int(v)
        if v < 0 or v > MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, '_Emax', v)


    def _set_capitals(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        object.__setattr__(self, '_capitals', v)


    def _set_clamp(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        object.__setattr__(self, '_clamp', v)


    def __setattr__(self, name, value):
        # The six settings are plain instance attributes (fast to read in
        # every operation); setting one goes through its validator.
        if name in ('flags', 'traps'):
            object.__setattr__(self, name, _signal_dict(value))
            if name == 'flags' and '_ioconds' in self.__dict__:
                self._ioconds.clear()
            return
        setter = _CTX_SETTERS.get(name)
        if setter is None:
            raise AttributeError("'decimal.Context' object has no attribute '%s'"
                                 % name)
        setter(self, value)
        object.__setattr__(self, name, getattr(self, '_' + name))

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    def __repr__(self):
        # libmpdec lists flags in its status-bit order, where the
        # InvalidOperation conditions sit at different places: the flag is
        # listed where the first condition that raised it sits.
        names = []
        io = self.flags[InvalidOperation]
        conds = self._ioconds
        for key in _REPR_BITS:
            if isinstance(key, tuple):
                if io and (key[0] in conds or (not conds and key[0] is
                                               ConversionSyntax)):
                    names.append('InvalidOperation')
                    io = False
            elif self.flags[key]:
                names.append(key.__name__)
        fl = ', '.join(names)
        tr = ', '.join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, fl, tr))

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def _apply(self, st):
        # Sets the flags for the conditions in st and raises the first
        # trapped signal with the list of trapped conditions.
        if not st:
            return
        flags = self.flags
        traps = self.traps
        trapped = None
        for c in st:
            sig = _SIGNAL_OF.get(c, c)
            flags[sig] = True
            if sig is InvalidOperation:
                self._ioconds.add(c)
            if traps[sig]:
                if trapped is None:
                    trapped = []
                if c not in trapped:
                    trapped.append(c)
        if trapped is not None:
            conds = [c for c in _COND_ORDER if c in trapped]
            sigs = [_SIGNAL_OF.get(c, c) for c in conds]
            for s in _SIGNALS:
                if s in sigs:
                    raise s(conds)

    def copy(self):
        c = Context(self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp)
        c.flags.update(self.flags)
        c.traps.update(self.traps)
        c._ioconds.update(self._ioconds)
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False
        self._ioconds.clear()

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num='0'):
        st = []
        if isinstance(num, str):
            d = _parse(num)
            if d is None:
                st.append(ConversionSyntax)
                self._apply(st)
                return _mk(0, 0, 0, _NAN)
            if d._k >= _NAN:
                if d._c and _ndig(d._c) > self._prec - self._clamp:
                    st.append(ConversionSyntax)
                    self._apply(st)
                    return _mk(0, 0, 0, _NAN)
                return d
        elif isinstance(num, float):
            st.append(FloatOperation)
            d = _from_float(num)
        else:
            d = Decimal(num)
            if d._k >= _NAN:
                if d._c and _ndig(d._c) > self._prec - self._clamp:
                    st.append(ConversionSyntax)
                    self._apply(st)
                    return _mk(0, 0, 0, _NAN)
                return d
        r = _finish(d, self, st)
        self._apply(st)
        return r

    def create_decimal_from_float(self, f):
        if isinstance(f, int):
            d = _mk(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        st = []
        r = _finish(d, self, st)
        self._apply(st)
        return r

    # operations (operands may be Decimal or int)
    def abs(self, a):
        return _conv_strict(a).__abs__(context=self)

    def add(self, a, b):
        return _conv_strict(a).__add__(_conv_strict(b), context=self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def compare(self, a, b):
        return _conv_strict(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return _conv_strict(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _conv_strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _conv_strict(a).compare_total_mag(b)

    def copy_abs(self, a):
        return _conv_strict(a).copy_abs()

    def copy_decimal(self, a):
        return _conv_strict(a)

    def copy_negate(self, a):
        return _conv_strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _conv_strict(a).copy_sign(b)

    def divide(self, a, b):
        return _conv_strict(a).__truediv__(_conv_strict(b), context=self)

    def divide_int(self, a, b):
        return _conv_strict(a).__floordiv__(_conv_strict(b), context=self)

    def divmod(self, a, b):
        return _conv_strict(a).__divmod__(_conv_strict(b), context=self)

    def exp(self, a):
        return _conv_strict(a).exp(context=self)

    def fma(self, a, b, c):
        return _conv_strict(a).fma(b, c, context=self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _conv_strict(a).is_finite()

    def is_infinite(self, a):
        return _conv_strict(a).is_infinite()

    def is_nan(self, a):
        return _conv_strict(a).is_nan()

    def is_normal(self, a):
        return _conv_strict(a).is_normal(context=self)

    def is_qnan(self, a):
        return _conv_strict(a).is_qnan()

    def is_signed(self, a):
        return _conv_strict(a).is_signed()

    def is_snan(self, a):
        return _conv_strict(a).is_snan()

    def is_subnormal(self, a):
        return _conv_strict(a).is_subnormal(context=self)

    def is_zero(self, a):
        return _conv_strict(a).is_zero()

    def ln(self, a):
        return _conv_strict(a).ln(context=self)

    def log10(self, a):
        return _conv_strict(a).log10(context=self)

    def logb(self, a):
        return _conv_strict(a).logb(context=self)

    def logical_and(self, a, b):
        return _conv_strict(a).logical_and(b, context=self)

    def logical_invert(self, a):
        return _conv_strict(a).logical_invert(context=self)

    def logical_or(self, a, b):
        return _conv_strict(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _conv_strict(a).logical_xor(b, context=self)

    def max(self, a, b):
        return _conv_strict(a).max(b, context=self)

    def max_mag(self, a, b):
        return _conv_strict(a).max_mag(b, context=self)

    def min(self, a, b):
        return _conv_strict(a).min(b, context=self)

    def min_mag(self, a, b):
        return _conv_strict(a).min_mag(b, context=self)

    def minus(self, a):
        return _conv_strict(a).__neg__(context=self)

    def multiply(self, a, b):
        return _conv_strict(a).__mul__(_conv_strict(b), context=self)

    def next_minus(self, a):
        return _conv_strict(a).next_minus(context=self)

    def next_plus(self, a):
        return _conv_strict(a).next_plus(context=self)

    def next_toward(self, a, b):
        return _conv_strict(a).next_toward(b, context=self)

    def normalize(self, a):
        return _conv_strict(a).normalize(context=self)

    def number_class(self, a):
        return _conv_strict(a).number_class(context=self)

    def plus(self, a):
        return _conv_strict(a).__pos__(context=self)

    def power(self, a, b, modulo=None):
        return _conv_strict(a).__pow__(_conv_strict(b), modulo, context=self)

    def quantize(self, a, b):
        return _conv_strict(a).quantize(b, context=self)

    def remainder(self, a, b):
        return _conv_strict(a).__mod__(_conv_strict(b), context=self)

    def remainder_near(self, a, b):
        return _conv_strict(a).remainder_near(b, context=self)

    def rotate(self, a, b):
        return _conv_strict(a).rotate(b, context=self)

    def same_quantum(self, a, b):
        return _conv_strict(a).same_quantum(b)

    def scaleb(self, a, b):
        return _conv_strict(a).scaleb(b, context=self)

    def shift(self, a, b):
        return _conv_strict(a).shift(b, context=self)

    def sqrt(self, a):
        return _conv_strict(a).sqrt(context=self)

    def subtract(self, a, b):
        return _conv_strict(a).__sub__(_conv_strict(b), context=self)

    def to_eng_string(self, a):
        return _conv_strict(a).to_eng_string(context=self)

    def to_sci_string(self, a):
        return _sci(_conv_strict(a), self._capitals)

    def to_integral_exact(self, a):
        return _conv_strict(a).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _conv_strict(a).to_integral_value(context=self)

    to_integral = to_integral_value


_CTX_SETTERS = {'prec': Context._set_prec, 'rounding': Context._set_rounding,
                'Emin': Context._set_Emin, 'Emax': Context._set_Emax,
                'capitals': Context._set_capitals, 'clamp': Context._set_clamp}

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_ready = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])

# The current context lives in a context variable, as in CPython: each
# thread and each asyncio task sees its own.
_current_var = _contextvars.ContextVar('decimal_context')


def getcontext():
    """Returns the current context (a fresh copy of DefaultContext the
    first time in a thread)."""
    c = _current_var.get(None)
    if c is None:
        c = Context()
        _current_var.set(c)
    return c


def setcontext(context):
    """Sets the current context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_var.set(context)


class _ContextManager(object):
    def __init__(self, new):
        self.new_context = new

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Returns a context manager that sets a copy of ctx (or of the
    current context) with the given attributes for the with-block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("this function got an unexpected keyword argument '%s'"
                            % k)
        setattr(new, k, v)
    return _ContextManager(new)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# ---------------------------------------------------------------- arithmetic

def _add(a, b, ctx, st, negate_b=False):
    bs = b._s ^ 1 if negate_b else b._s
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        if b._k == _INF and a._s != bs:
            return _nan(st)
        return _inf(a._s)
    if b._k == _INF:
        return _inf(bs)
    p = ctx.prec
    ca, ea, sa = a._c, a._e, a._s
    cb, eb = b._c, b._e
    e = min(ea, eb)
    if ca == 0 and cb == 0:
        if sa == bs:
            s = sa
        else:
            s = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(s, 0, e, ctx, st)
    if ca == 0 or cb == 0:
        if ca == 0:
            c, en, s = cb, eb, bs
            ez = ea
        else:
            c, en, s = ca, ea, sa
            ez = eb
        if ez < en:
            shift = en - ez
            cap = max(0, p - _ndig(c)) + 1
            if shift > cap:
                shift = cap
            c *= 10 ** shift
            en -= shift
        return _fix(s, c, en, ctx, st)
    na = _ndig(ca)
    nb = _ndig(cb)
    adja = ea + na - 1
    adjb = eb + nb - 1
    # Replace an operand far below the other's last significant position by
    # a sticky digit: the rounded result is the same.
    if adja > adjb:
        lim = min(ea, adja - p - 2)
        if adjb < lim - 1:
            cb, eb = 1, lim - 2
    elif adjb > adja:
        lim = min(eb, adjb - p - 2)
        if adja < lim - 1:
            ca, ea = 1, lim - 2
    e = min(ea, eb)
    if ea > e:
        ca *= 10 ** (ea - e)
    if eb > e:
        cb *= 10 ** (eb - e)
    va = -ca if sa else ca
    vb = -cb if bs else cb
    v = va + vb
    if v == 0:
        s = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(s, 0, e, ctx, st)
    return _fix(1 if v < 0 else 0, abs(v), e, ctx, st)


def _mul(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    s = a._s ^ b._s
    if a._k == _INF or b._k == _INF:
        if (a._k == _FINITE and a._c == 0) or (b._k == _FINITE and b._c == 0):
            return _nan(st)
        return _inf(s)
    return _fix(s, a._c * b._c, a._e + b._e, ctx, st)


def _div_coef(c1, c2, prec):
    # Quotient of c1 / c2 (both > 0) to at least prec+1 digits: returns
    # (q, shift, exact) with q ~ c1 * 10**shift / c2; a nonzero remainder
    # is folded into q's last digit (never 0 or 5 then).
    shift = _ndig(c2) - _ndig(c1) + prec + 1
    if shift > 1000:
        # A huge precision: if the quotient terminates within it, compute
        # it with just the digits it needs (1/8 at MAX_PREC is 0.125).
        d = c2 // _math.gcd(c1, c2)
        twos = (d & -d).bit_length() - 1
        d >>= twos
        fives = 0
        while d % 5 == 0:
            d //= 5
            fives += 1
        if d == 1:
            k = max(twos, fives)
            if k < shift:
                return c1 * 10 ** k // c2, k, True
    if shift >= 0:
        q, r = divmod(c1 * 10 ** shift, c2)
    else:
        q, r = divmod(c1, c2 * 10 ** (-shift))
    if r:
        if q % 5 == 0:
            q += 1
        return q, shift, False
    return q, shift, True


def _div(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    s = a._s ^ b._s
    if a._k == _INF:
        if b._k == _INF:
            return _nan(st)
        return _inf(s)
    if b._k == _INF:
        st.append(Clamped)
        return _mk(s, 0, ctx.Emin - ctx.prec + 1)
    if b._c == 0:
        if a._c == 0:
            st.append(DivisionUndefined)
            return _mk(0, 0, 0, _NAN)
        st.append(DivisionByZero)
        return _inf(s)
    ideal = a._e - b._e
    if a._c == 0:
        return _fix(s, 0, ideal, ctx, st)
    q, shift, exact = _div_coef(a._c, b._c, ctx.prec)
    e = ideal - shift
    if exact and e < ideal:
        q, k = _strip(q, ideal - e)
        e += k
    return _fix(s, q, e, ctx, st)


def _divint_parts(a, b, ctx, st, want_q, want_r):
    # Finite a, nonzero finite b: (q, r) as Decimals, or None after
    # DivisionImpossible when the integer quotient needs more than prec
    # digits.
    p = ctx.prec
    s = a._s ^ b._s
    e = min(a._e, b._e)
    if a._c == 0:
        return (_fix(s, 0, 0, ctx, st if want_q else []),
                _fix(a._s, 0, e, ctx, st if want_r else []))
    adja = a._e + _ndig(a._c) - 1
    adjb = b._e + _ndig(b._c) - 1
    if adja < adjb:
        # |a| < |b|: quotient 0, remainder a at exponent min(ea, eb)
        qd = _fix(s, 0, 0, ctx, st if want_q else [])
        if not want_r:
            return qd, None
        c = a._c * 10 ** (a._e - e)
        return qd, _fix(a._s, c, e, ctx, st)
    if adja - adjb > p:
        st.append(DivisionImpossible)
        return None
    ca = a._c * 10 ** (a._e - e)
    cb = b._c * 10 ** (b._e - e)
    q, r = divmod(ca, cb)
    if _ndig(q) > p:
        st.append(DivisionImpossible)
        return None
    qd = _fix(s, q, 0, ctx, st if want_q else [])
    if not want_r:
        return qd, None
    return qd, _fix(a._s, r, e, ctx, st)


def _floordiv(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    s = a._s ^ b._s
    if a._k == _INF:
        if b._k == _INF:
            return _nan(st)
        return _inf(s)
    if b._k == _INF:
        return _mk(s, 0, 0)
    if b._c == 0:
        if a._c == 0:
            st.append(DivisionUndefined)
            return _mk(0, 0, 0, _NAN)
        st.append(DivisionByZero)
        return _inf(s)
    qr = _divint_parts(a, b, ctx, st, True, False)
    if qr is None:
        return _mk(0, 0, 0, _NAN)
    return qr[0]


def _mod(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        return _nan(st)
    if b._k == _INF:
        return _finish(a, ctx, st)
    if b._c == 0:
        if a._c == 0:
            st.append(DivisionUndefined)
            return _mk(0, 0, 0, _NAN)
        return _nan(st)
    qr = _divint_parts(a, b, ctx, st, False, True)
    if qr is None:
        return _mk(0, 0, 0, _NAN)
    return qr[1]


def _divmod(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r, r
    s = a._s ^ b._s
    if a._k == _INF:
        if b._k == _INF:
            n = _nan(st)
            return n, n
        return _inf(s), _nan(st)
    if b._k == _INF:
        return _mk(s, 0, 0), _finish(a, ctx, st)
    if b._c == 0:
        if a._c == 0:
            st.append(DivisionUndefined)
            n = _mk(0, 0, 0, _NAN)
            return n, n
        st.append(InvalidOperation)
        st.append(DivisionByZero)
        return _inf(s), _mk(0, 0, 0, _NAN)
    qr = _divint_parts(a, b, ctx, st, True, True)
    if qr is None:
        n = _mk(0, 0, 0, _NAN)
        return n, n
    return qr


def _remainder_near(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        return _nan(st)
    if b._k == _INF:
        return _finish(a, ctx, st)
    if b._c == 0:
        if a._c == 0:
            st.append(DivisionUndefined)
            return _mk(0, 0, 0, _NAN)
        return _nan(st)
    p = ctx.prec
    e = min(a._e, b._e)
    if a._c == 0:
        return _fix(a._s, 0, e, ctx, st)
    adja = a._e + _ndig(a._c) - 1
    adjb = b._e + _ndig(b._c) - 1
    if adja - adjb > p:
        st.append(DivisionImpossible)
        return _mk(0, 0, 0, _NAN)
    if adja < adjb - 1:
        c = a._c * 10 ** (a._e - e)
        return _fix(a._s, c, e, ctx, st)
    ca = a._c * 10 ** (a._e - e)
    cb = b._c * 10 ** (b._e - e)
    q, r = divmod(ca, cb)
    if 2 * r > cb or (2 * r == cb and q & 1):
        q += 1
        r = cb - r
        rs = a._s ^ 1
    else:
        rs = a._s
    if _ndig(q) > p:
        st.append(DivisionImpossible)
        return _mk(0, 0, 0, _NAN)
    if r == 0:
        rs = a._s
    return _fix(rs, r, e, ctx, st)


# ---------------------------------------------------------------- fixed point
# Transcendental functions compute in fixed point: an int X stands for
# X / 10**w.  Each result is then rounded with a sticky digit (none of them
# is exact except the cases handled before).

def _atanh_inv(k, w):
    # atanh(1/k) * 10**w for an integer k >= 2.
    one = 10 ** w
    total = 0
    term = one // k
    k2 = k * k
    n = 1
    while term:
        total += term // n
        term //= k2
        n += 2
    return total


# ln 2 and ln 10 at the most digits computed so far (module state is per
# realm); fewer digits are a division away.
_CONST_CACHE = {}


def _cached_const(name, w, compute):
    hit = _CONST_CACHE.get(name)
    if hit is not None and hit[0] >= w:
        return hit[1] // 10 ** (hit[0] - w)
    ww = w + 10
    v = compute(ww)
    _CONST_CACHE[name] = (ww, v)
    return v // 10 ** 10


def _ln2(w):
    return _cached_const('ln2', w,
                         lambda w: 2 * _atanh_inv(3, w + 2) // 100)


def _ln10(w):
    return _cached_const('ln10', w, lambda w: (3 * 2 * _atanh_inv(3, w + 3) +
                                               2 * _atanh_inv(9, w + 3)) // 1000)


def _ln_fixed(m, w):
    # ln(m / 10**w) * 10**w for 0 < m (fixed-point, w digits).
    one = 10 ** w
    # bring y = m/one into [2/3, 4/3) with powers of two
    k = 0
    while m >= (4 * one) // 3:
        m = (m + 1) // 2
        k += 1
    while m < (2 * one) // 3:
        m *= 2
        k -= 1
    # ln(y) = 2 atanh(t), t = (y - 1) / (y + 1)
    t = ((abs(m - one)) * one) // (m + one)
    t2 = t * t // one
    total = 0
    term = t
    n = 1
    while term:
        total += term // n
        term = term * t2 // one
        n += 2
    res = 2 * total if m >= one else -2 * total
    if k:
        res += k * _ln2(w)
    return res


def _exp_fixed(x, w):
    # exp(x / 10**w) * 10**w for |x / 10**w| <= about 2.
    one = 10 ** w
    # halve the argument r times, sum the series, square back
    r = 0
    while abs(x) > one // 1000:
        x = x // 2 if x >= 0 else -((-x) // 2)
        r += 1
    total = one
    term = one
    n = 1
    while term:
        term = term * x
        term = term // (one * n) if term >= 0 else -((-term) // (one * n))
        total += term
        n += 1
    for _ in range(r):
        total = total * total // one
    return total


def _adj(d):
    return d._e + _ndig(d._c) - 1


def _to_fixed(d, w):
    # round(d * 10**w) as an int for finite d (caller bounds the size).
    sh = d._e + w
    if sh >= 0:
        v = d._c * 10 ** sh
    else:
        v = d._c // 10 ** (-sh)
    return -v if d._s else v


def _inexact_result(sign, v, exp, ctx, st):
    # v * 10**exp is an approximation (to a few guard digits) of a value
    # known to be inexact: add a sticky digit and round.
    n = _ndig(v)
    if n <= ctx.prec:
        sh = ctx.prec + 1 - n
        v *= 10 ** sh
        exp -= sh
    return _fix(sign, v * 10 + 1, exp - 1, ctx, st)


def _half_even(ctx):
    # exp, ln and log10 always round half-even (as libmpdec does)
    if ctx.rounding == ROUND_HALF_EVEN:
        return ctx
    c = ctx.copy()
    c.rounding = ROUND_HALF_EVEN
    return c


def _exp(a, ctx, st):
    ctx = _half_even(ctx)
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        if a._s:
            return _mk(0, 0, 0)
        return _inf(0)
    if a._c == 0:
        return _fix(0, 1, 0, ctx, st)
    p = ctx.prec
    adj = _adj(a)
    if adj < -(p + 3):
        # exp(x) = 1 + x + ...: within one unit of the last place of 1
        if a._s:
            return _fix(0, 10 ** (p + 2) - 1, -(p + 2), ctx, st)
        return _fix(0, 10 ** (p + 2) + 1, -(p + 2), ctx, st)
    # |x| large: the result over- or underflows for sure
    lim = _ndig(max(ctx.Emax, -ctx.Etiny())) + 1
    if adj > lim:
        if a._s:
            return _fix(0, 1, ctx.Etiny() - 2, ctx, st)
        return _fix(0, 1, ctx.Emax + 2, ctx, st)
    g = 12
    w = p + g + max(0, adj) + 2
    x = _to_fixed(a, w)
    ln10 = _ln10(w + 2) // 100
    one = 10 ** w
    k = x // ln10
    rr = x - k * ln10
    if rr > one:
        # keep the reduced argument below 1
        pass
    v = _exp_fixed(rr, w)
    # result = v / 10**w * 10**k
    return _inexact_result(0, v, k - w, ctx, st)


def _ln(a, ctx, st):
    ctx = _half_even(ctx)
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._c == 0 and a._k == _FINITE:
        return _inf(1)
    if a._s:
        return _nan(st)
    if a._k == _INF:
        return _inf(0)
    p = ctx.prec
    n = _ndig(a._c)
    adj = a._e + n - 1
    if a._c == 10 ** (n - 1) and adj == 0:
        return _fix(0, 0, 0, ctx, st)
    g = 12
    # near 1 the result is small: extra digits for its leading zeros
    extra = 0
    if adj in (0, -1):
        one = _mk(0, 1, 0)
        dd = _add(a, one, ctx_exact(a), [], True)
        if dd._c:
            extra = max(0, -_adj(dd))
    w = p + g + extra
    # a = m * 10**adj with m in [1, 10)
    m = a._c
    sh = w - (n - 1)
    if sh >= 0:
        m = m * 10 ** sh
    else:
        m = m // 10 ** (-sh)
    v = _ln_fixed(m, w)
    if adj:
        v += adj * _ln10(w + _ndig(abs(adj)) + 2) // 10 ** (_ndig(abs(adj)) + 2)
    s = 1 if v < 0 else 0
    return _inexact_result(s, abs(v), -w, ctx, st)


def ctx_exact(a):
    # A context wide enough to subtract 1 from a (|a| in [0.1, 10)) exactly.
    c = Context(prec=_ndig(a._c) + 3, Emin=MIN_EMIN, Emax=MAX_EMAX)
    return c


def _log10(a, ctx, st):
    ctx = _half_even(ctx)
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._c == 0 and a._k == _FINITE:
        return _inf(1)
    if a._s:
        return _nan(st)
    if a._k == _INF:
        return _inf(0)
    p = ctx.prec
    n = _ndig(a._c)
    adj = a._e + n - 1
    if a._c == 10 ** (n - 1):
        return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx, st)
    g = 12
    extra = 0
    if adj in (0, -1):
        dd = _add(a, _mk(0, 1, 0), ctx_exact(a), [], True)
        if dd._c:
            extra = max(0, -_adj(dd))
    w = p + g + extra + _ndig(abs(adj))
    m = a._c
    sh = w - (n - 1)
    if sh >= 0:
        m = m * 10 ** sh
    else:
        m = m // 10 ** (-sh)
    v = _ln_fixed(m, w) * 10 ** w // _ln10(w)
    v += adj * 10 ** w
    s = 1 if v < 0 else 0
    return _inexact_result(s, abs(v), -w, ctx, st)


def _sqrt(a, ctx, st):
    ctx = _half_even(ctx)
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        if a._s:
            return _nan(st)
        return a
    ideal = a._e // 2
    if a._c == 0:
        return _fix(a._s, 0, ideal, ctx, st)
    if a._s:
        return _nan(st)
    p = ctx.prec
    c, e = a._c, a._e
    if e & 1:
        c *= 10
        e -= 1
    n = _ndig(c)
    k = max(0, (2 * p + 3 - n) // 2 + 1)
    c2 = c * 10 ** (2 * k)
    rt = _math.isqrt(c2)
    re = e // 2 - k
    if rt * rt == c2:
        if re < ideal:
            rt, z = _strip(rt, ideal - re)
            re += z
        return _fix(0, rt, re, ctx, st)
    if rt % 5 == 0:
        rt += 1
    return _fix(0, rt, re, ctx, st)


# ---------------------------------------------------------------- power

def _is_integral(d):
    # finite d with an integral value
    if d._e >= 0 or d._c == 0:
        return True
    if -d._e > _ndig(d._c):
        return False
    return d._c % 10 ** (-d._e) == 0


def _int_value(d):
    if d._e >= 0:
        v = d._c * 10 ** d._e
    else:
        v = d._c // 10 ** (-d._e)
    return -v if d._s else v


def _log10_abs(d):
    # log10(|d|) as a float for finite nonzero d (approximate).
    n = _ndig(d._c)
    lead = d._c // 10 ** (n - 17) if n > 17 else d._c
    ln_ = n - 17 if n > 17 else 0
    return _math.log10(lead) + ln_ + d._e


def _pow_int_coef(c, y, w):
    # c**y (y >= 1) kept to w digits: (coef, exp10, inexact).
    res = 1
    rexp = 0
    inexact = False
    base = c
    bexp = 0
    while True:
        if y & 1:
            res *= base
            rexp += bexp
            nd = _ndig(res)
            if nd > w:
                q, r = divmod(res, 10 ** (nd - w))
                if r:
                    inexact = True
                res = q
                rexp += nd - w
        y >>= 1
        if not y:
            break
        base = base * base
        bexp *= 2
        nd = _ndig(base)
        if nd > w:
            q, r = divmod(base, 10 ** (nd - w))
            if r:
                inexact = True
            base = q
            bexp += nd - w
    return res, rexp, inexact


def _power(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    p = ctx.prec
    # sign of the result when a < 0 and b is an odd integer
    b_int = b._k == _FINITE and _is_integral(b)
    if b._k == _FINITE and b._c == 0:
        if a._k == _FINITE and a._c == 0:
            return _nan(st)
        return _mk(0, 1, 0)
    odd = False
    if b_int:
        if b._e >= 0:
            odd = b._e == 0 and b._c & 1 == 1
        else:
            odd = (b._c // 10 ** (-b._e)) & 1 == 1
    rs = a._s if odd else 0
    if a._s and not b_int and not (a._k == _FINITE and a._c == 0):
        return _nan(st)
    if a._k == _FINITE and a._c == 0:
        if b._s:
            return _inf(rs)
        return _mk(rs, 0, 0)
    if a._k == _INF:
        if b._s:
            return _mk(rs, 0, 0)
        return _inf(rs)
    # a finite nonzero
    one_cmp = _cmp_abs(a, _mk(0, 1, 0))
    if b._k == _INF:
        if a._s:
            return _nan(st)
        if one_cmp == 0:
            return _inexact_one(ctx, st)
        if (one_cmp < 0) == (b._s == 0):
            return _mk(0, 0, 0)
        return _inf(0)
    if one_cmp == 0 and b_int:
        # |a| == 1: an exact power of ten times the ideal exponent
        y = _int_value(b)
        ideal = a._e * y
        if ideal >= 0 or y < 0:
            return _fix(rs, 1, 0, ctx, st) if y < 0 else \
                _fix(rs, 1, 0, ctx, st)
        z = -ideal
        if z + 1 <= p:
            return _fix(rs, 10 ** z, ideal, ctx, st)
        st.append(Rounded)
        return _fix(rs, 10 ** (p - 1), -(p - 1), ctx, st)
    # magnitude estimate: log10|a**b| = b * log10|a|
    lga = _log10_abs(a)
    if lga == 0.0 or abs(lga) < 1e-12:
        # |a| is within 1e-12 of 1: use a - 1 for the estimate
        dd = _add(a.copy_abs(), _mk(0, 1, 0), ctx_exact(a), [], True)
        lg_dd = _log10_abs(dd) if dd._c else -1e300
        llga = lg_dd - 0.3622156886
        lga_sign = dd._s
    else:
        llga = _math.log10(abs(lga))
        lga_sign = 1 if lga < 0 else 0
    llb = _log10_abs(b)
    llr = llga + llb
    res_neg_exp = lga_sign ^ b._s
    bound = _math.log10(max(ctx.Emax, -ctx.Etiny(), 1) + p + 10)
    if llr > bound:
        if res_neg_exp:
            if b_int and not b._s:
                return _underflow_zero(rs, ctx, st)
            return _fix(rs, 1, ctx.Etiny() - 2, ctx, st)
        return _fix(rs, 1, ctx.Emax + 2, ctx, st)
    if b_int:
        y = _int_value(b)
        ay = abs(y)
        g = 10 + _ndig(ay)
        w = p + g
        nd = _ndig(a._c)
        if nd * ay <= 4 * p + 40:
            c = a._c ** ay
            inexact = False
            ce = 0
        else:
            c, ce, inexact = _pow_int_coef(a._c, ay, w)
        e = a._e * ay + ce
        if y > 0 and e + _ndig(c) < ctx.Etiny() - 1:
            return _underflow_zero(rs, ctx, st)
        if y > 0:
            if inexact:
                return _inexact_result(rs, c, e, ctx, st)
            return _fix(rs, c, e, ctx, st)
        # 1 / (c * 10**e)
        if not inexact:
            q, shift, exact = _div_coef(1, c, p + 2)
            ee = -e - shift
            if exact:
                q, k = _strip(q, _ndig(q))
                ee += k
            return _fix(rs, q, ee, ctx, st)
        q, shift, exact = _div_coef(1, c, w)
        return _inexact_result(rs, q, -e - shift, ctx, st)
    # general case: exp(b * ln(a)), a > 0
    w_extra = max(0, int(llr) + 2) if llr > 0 else 0
    wp = p + 14 + w_extra
    wctx = Context(prec=wp, Emin=MIN_EMIN, Emax=MAX_EMAX,
                   rounding=ROUND_HALF_EVEN)
    lst = []
    la = _ln(a, wctx, lst)
    prod = _mul(la, b, wctx, lst)
    if prod._k == _FINITE and prod._c and _adj(prod) < -(wp + 2):
        # a**b within 10**-wp of 1: libmpdec's result is 1 (b*ln(a) > 0)
        # or the number just below 1, rounded to the context
        st.append(Inexact)
        st.append(Rounded)
        if prod._s:
            return _fix(0, 10 ** wp - 1, -wp, ctx, st)
        return _fix(0, 10 ** (p - 1), -(p - 1), ctx, st)
    ex = _exp(prod, wctx, lst)
    if ex._k != _FINITE:
        return _fix(0, 1, ctx.Emax + 2, ctx, st)
    if ex._c == 0 or _adj(ex) < ctx.Etiny() - 1:
        return _fix(0, 1, ctx.Etiny() - 2, ctx, st)
    # absorb the last digits' error of the working-precision result
    nd = _ndig(ex._c)
    if nd > p + 8:
        c6, _ = _drop(ex._c, 6, ROUND_HALF_EVEN, 0)
        ex = _mk(0, c6, ex._e + 6)
    # like libmpdec: the working-precision result (rounded half-even) is
    # rounded again to the context and always counts as inexact
    st.append(Inexact)
    st.append(Rounded)
    c, e = ex._c, ex._e
    nd = _ndig(c)
    if nd < p:
        c *= 10 ** (p - nd)
        e -= p - nd
    return _fix(0, c, e, ctx, st)


def _underflow_zero(sign, ctx, st):
    st.extend((Underflow, Subnormal, Inexact, Rounded, Clamped))
    return _mk(sign, 0, ctx.Etiny())


def _inexact_one(ctx, st):
    p = ctx.prec
    st.append(Inexact)
    st.append(Rounded)
    return _mk(0, 10 ** (p - 1), -(p - 1))


def _powmod(a, b, m, ctx, st):
    for x in (a, b, m):
        if x._k == _SNAN:
            st.append(InvalidOperation)
            return _fix_nan(x, ctx)
    for x in (a, b, m):
        if x._k == _NAN:
            return _fix_nan(x, ctx)
    for x in (a, b, m):
        if x._k != _FINITE or not _is_integral(x):
            return _nan(st)
    if b._s or m._c == 0:
        return _nan(st)
    if a._c == 0 and b._c == 0:
        return _nan(st)
    mv = abs(_int_value(m))
    if _ndig(mv) > ctx.prec:
        return _nan(st)
    av = _int_value(a)
    bv = _int_value(b)
    rv = pow(abs(av), bv, mv)
    s = 1 if av < 0 and bv & 1 else 0
    return _fix(s, rv, 0, ctx, st)


# ---------------------------------------------------------------- rounding ops

def _rescale(a, exp, mode, st):
    # a (finite) at exponent exp, rounding with mode; appends
    # Rounded/Inexact.  Caller checks sizes.
    if exp <= a._e:
        return _mk(a._s, a._c * 10 ** (a._e - exp), exp)
    c, inexact = _drop(a._c, exp - a._e, mode, a._s)
    if a._c:
        st.append(Rounded)
    if inexact:
        st.append(Inexact)
    return _mk(a._s, c, exp)


def _quantize(a, b, ctx, st, mode=None):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if a._k == _INF or b._k == _INF:
        if a._k == _INF and b._k == _INF:
            return a
        return _nan(st)
    if mode is None:
        mode = ctx.rounding
    e = b._e
    if e > ctx.Emax or e < ctx.Etiny():
        return _nan(st)
    if a._c == 0:
        if ctx.clamp and e > ctx.Etop():
            st.append(Clamped)
            e = ctx.Etop()
        return _mk(a._s, 0, e)
    adj = _adj(a)
    if adj - e + 1 > ctx.prec:
        return _nan(st)
    lst = []
    d = _rescale(a, e, mode, lst)
    if d._c and (_ndig(d._c) > ctx.prec or _adj(d) > ctx.Emax):
        return _nan(st)
    st.extend(lst)
    if ctx.clamp and d._e > ctx.Etop():
        top = ctx.Etop()
        d = _mk(d._s, d._c * 10 ** (d._e - top), top)
        st.append(Clamped)
    if d._c and _adj(d) < ctx.Emin:
        st.append(Subnormal)
    return d


def _to_integral(a, mode, ctx, st, exact):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF or a._e >= 0:
        return a
    lst = []
    d = _rescale(a, 0, mode, lst)
    if exact:
        st.extend(lst)
    return d


# ---------------------------------------------------------------- formatting

def _parse_spec(spec):
    # [[fill]align][sign][z][#][0][width][grouping][.precision][type]
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = None
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    group = None
    if i < n and spec[i] == ',':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%') or \
            (zero and align is not None) or (typ == 'n' and group):
        raise ValueError('invalid format string')
    return fill, align, sign, z, alt, width, group, prec, typ, zero


def _format(d, spec, ctx):
    fill, align, sign, z, alt, width, group, prec, typ, zero = \
        _parse_spec(spec)
    if zero and d._k == _FINITE:
        if fill is None:
            fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if typ is None:
        typ = 'G' if ctx._capitals else 'g'
        notype = True
    else:
        notype = False
    if typ == 'n':
        typ = 'g'
    neg = d._s == 1
    if d._k == _INF:
        body = 'Infinity'
        if typ == '%':
            body += '%'
    elif d._k >= _NAN:
        body = ('NaN' if d._k == _NAN else 'sNaN')
        if d._c:
            body += _istr(d._c)
        if typ == '%':
            body += '%'
    else:
        c, e = d._c, d._e
        if typ == '%':
            e += 2
        mode = ctx.rounding
        # rounding
        if prec is not None:
            if typ in 'eE':
                nd = _ndig(c)
                if c == 0:
                    pass
                else:
                    keep = prec + 1
                    if nd > keep:
                        c, _ = _drop(c, nd - keep, mode, d._s)
                        e += nd - keep
                        if _ndig(c) > keep:
                            c //= 10
                            e += 1
                    elif nd < keep:
                        c *= 10 ** (keep - nd)
                        e -= keep - nd
            elif typ in 'fF%':
                if e < -prec:
                    c, _ = _drop(c, -prec - e, mode, d._s)
                    e = -prec
                elif e > -prec:
                    c *= 10 ** (e + prec)
                    e = -prec
            else:
                # g / G / none: prec significant digits
                keep = prec if prec > 0 else 1
                nd = _ndig(c)
                if c != 0 and nd > keep:
                    c, _ = _drop(c, nd - keep, mode, d._s)
                    e += nd - keep
                    if _ndig(c) > keep:
                        c //= 10
                        e += 1
        if c == 0 and e > 0 and typ in 'fF%':
            e = 0
        digits = _istr(c)
        n = len(digits)
        leftdigits = e + n
        if typ in 'eE':
            if c == 0 and prec is None:
                dot = 1
            else:
                dot = 1
        elif typ in 'fF%':
            dot = leftdigits
        else:
            if notype or prec is None:
                if e <= 0 and leftdigits > -6:
                    dot = leftdigits
                else:
                    dot = 1
            else:
                if e <= 0 and leftdigits > -6:
                    dot = leftdigits
                else:
                    dot = 1
        if c == 0 and typ in 'eE':
            dot = 1
            if prec is None:
                pass
        # split
        if dot <= 0:
            intpart = '0'
            frac = '0' * (-dot) + digits
        elif dot >= n:
            intpart = digits + '0' * (dot - n)
            frac = ''
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        expo = leftdigits - dot
        if c == 0 and typ in 'eE' and prec is None:
            expo = e
        if c == 0 and typ in 'eE' and prec is not None:
            # a zero shows prec zero digits; its exponent moves up by prec
            intpart = '0'
            frac = '0' * prec
            expo = e + prec
        if typ in 'eE':
            estr = ('E' if typ == 'E' else 'e') + ('+' if expo >= 0 else '-') \
                + str(abs(expo))
        elif typ in 'fF%':
            estr = ''
        else:
            if expo != 0 or dot != leftdigits:
                estr = ('E' if typ == 'G' else 'e') + \
                    ('+' if expo >= 0 else '-') + str(abs(expo))
            else:
                estr = ''
        if typ == '%':
            estr = '%'
        if z and neg and c == 0:
            neg = False
        body = None
    if sign == '+':
        sgn = '-' if neg else '+'
    elif sign == ' ':
        sgn = '-' if neg else ' '
    else:
        sgn = '-' if neg else ''
    if body is not None:
        return _pad(body, sgn, fill, align, width)
    dotstr = '.' if frac or alt else ''
    tail = dotstr + frac + estr
    if zero and width is not None:
        minw = width - len(sgn) - len(tail)
        intpart = _group_pad(intpart, group, minw)
    else:
        intpart = _group_pad(intpart, group, 0)
    return _pad(intpart + tail, sgn, fill, align, width)


def _group_pad(intpart, group, minw):
    if group is None:
        if len(intpart) < minw:
            intpart = '0' * (minw - len(intpart)) + intpart
        return intpart
    s = intpart
    groups = []
    while len(s) > 3:
        groups.append(s[-3:])
        s = s[:-3]
    groups.append(s)
    out = group.join(reversed(groups))
    if len(out) >= minw:
        return out
    # zero padding also gets separators; a leading separator is not
    # allowed, so a position that would be one becomes a zero
    while len(out) < minw:
        if len(groups[-1]) < 3:
            groups[-1] = '0' + groups[-1]
        else:
            groups.append('0')
        out = group.join(reversed(groups))
    return out


def _pad(body, sgn, fill, align, width):
    total = len(sgn) + len(body)
    if width is None or total >= width:
        return sgn + body
    padn = width - total
    if align == '<':
        return sgn + body + fill * padn
    if align == '>':
        return fill * padn + sgn + body
    if align == '=':
        return sgn + fill * padn + body
    left = padn // 2
    return fill * left + sgn + body + fill * (padn - left)


# ---------------------------------------------------------------- Decimal

class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_s', '_c', '_e', '_k')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, str):
            d = _parse(value)
            if d is None:
                ctx = _ctx(context)
                ctx._apply([ConversionSyntax])
                d = _mk(0, 0, 0, _NAN)
        elif isinstance(value, int):
            d = _mk(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            ctx = _ctx(context)
            ctx._apply([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(tuple(value))
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        return _mkcls(cls, d._s, d._c, d._e, d._k)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _mk(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- text
    def __str__(self):
        return _sci(self, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _sci(self, getcontext()._capitals)

    def to_eng_string(self, context=None):
        ctx = _ctx(context)
        return _sci(self, ctx._capitals, True)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, getcontext())

    def as_tuple(self):
        if self._k == _INF:
            return DecimalTuple(self._s, (0,), 'F')
        digits = tuple(int(ch) for ch in _istr(self._c)) if self._c or \
            self._k == _FINITE else ()
        if self._k == _NAN:
            return DecimalTuple(self._s, digits, 'n')
        if self._k == _SNAN:
            return DecimalTuple(self._s, digits, 'N')
        return DecimalTuple(self._s, digits, self._e)

    def as_integer_ratio(self):
        if self._k == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._k >= _NAN:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._c == 0:
            return 0, 1
        if self._e >= 0:
            n = self._c * 10 ** self._e
            d = 1
        else:
            n = self._c
            d = 10 ** (-self._e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._s else n), d

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # -- conversions
    def __int__(self):
        if self._k == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._k >= _NAN:
            raise ValueError('cannot convert NaN to integer')
        if self._e >= 0:
            v = self._c * 10 ** self._e
        elif -self._e > _ndig(self._c):
            v = 0
        else:
            v = self._c // 10 ** (-self._e)
        return -v if self._s else v

    __trunc__ = __int__

    def _to_int_mode(self, mode):
        if self._k == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._k >= _NAN:
            raise ValueError('cannot convert NaN to integer')
        if self._e >= 0:
            return _int_value(self)
        d = _rescale(self, 0, mode, [])
        return -d._c if d._s else d._c

    def __floor__(self):
        return self._to_int_mode(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_mode(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int_mode(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        ctx = getcontext()
        st = []
        r = _quantize(self, _mk(0, 1, -n), ctx, st)
        ctx._apply(st)
        return r

    def __float__(self):
        if self._k == _NAN:
            return float('-nan') if self._s else float('nan')
        if self._k == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._k == _INF:
            return float('-inf') if self._s else float('inf')
        return float(_sci(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._k != _FINITE or self._c != 0

    def __hash__(self):
        if self._k >= _NAN:
            if self._k == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            return object.__hash__(self)
        if self._k == _INF:
            return -_HASH_INF if self._s else _HASH_INF
        if self._e >= 0:
            h = self._c % _HASH_MOD * pow(10, self._e, _HASH_MOD) % _HASH_MOD
        else:
            inv = pow(10, _HASH_MOD - 2, _HASH_MOD)
            h = self._c % _HASH_MOD * pow(inv, -self._e, _HASH_MOD) % _HASH_MOD
        if self._s:
            h = -h
        if h == -1:
            h = -2
        return h

    # -- predicates
    def is_finite(self):
        return self._k == _FINITE

    def is_infinite(self):
        return self._k == _INF

    def is_nan(self):
        return self._k >= _NAN

    def is_qnan(self):
        return self._k == _NAN

    def is_snan(self):
        return self._k == _SNAN

    def is_signed(self):
        return self._s == 1

    def is_zero(self):
        return self._k == _FINITE and self._c == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._k != _FINITE or self._c == 0:
            return False
        return _adj(self) >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._k != _FINITE or self._c == 0:
            return False
        return _adj(self) < ctx.Emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._k == _SNAN:
            return 'sNaN'
        if self._k == _NAN:
            return 'NaN'
        sg = '-' if self._s else '+'
        if self._k == _INF:
            return sg + 'Infinity'
        if self._c == 0:
            return sg + 'Zero'
        if _adj(self) < ctx.Emin:
            return sg + 'Subnormal'
        return sg + 'Normal'

    def adjusted(self):
        if self._k != _FINITE:
            return 0
        return _adj(self)

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # -- arithmetic operators
    def _binop(self, other, context, fn, opname, reflected=False):
        o = _conv(other)
        if o is None:
            if _builtin_type(other) and not isinstance(other, Decimal):
                if reflected:
                    raise _binop_type_error(opname, other, self)
                raise _binop_type_error(opname, self, other)
            return NotImplemented
        ctx = _ctx(context)
        st = []
        if reflected:
            r = fn(o, self, ctx, st)
        else:
            r = fn(self, o, ctx, st)
        ctx._apply(st)
        return r

    def __add__(self, other, context=None):
        return self._binop(other, context, _add, '+')

    def __radd__(self, other, context=None):
        return self._binop(other, context, _add, '+', True)

    def __sub__(self, other, context=None):
        return self._binop(other, context, _sub, '-')

    def __rsub__(self, other, context=None):
        return self._binop(other, context, _sub, '-', True)

    def __mul__(self, other, context=None):
        return self._binop(other, context, _mul, '*')

    def __rmul__(self, other, context=None):
        return self._binop(other, context, _mul, '*', True)

    def __truediv__(self, other, context=None):
        return self._binop(other, context, _div, '/')

    def __rtruediv__(self, other, context=None):
        return self._binop(other, context, _div, '/', True)

    def __floordiv__(self, other, context=None):
        return self._binop(other, context, _floordiv, '//')

    def __rfloordiv__(self, other, context=None):
        return self._binop(other, context, _floordiv, '//', True)

    def __mod__(self, other, context=None):
        return self._binop(other, context, _mod, '%')

    def __rmod__(self, other, context=None):
        return self._binop(other, context, _mod, '%', True)

    def __divmod__(self, other, context=None):
        return self._binop(other, context, _divmod, 'divmod()')

    def __rdivmod__(self, other, context=None):
        return self._binop(other, context, _divmod, 'divmod()', True)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is None:
            return self._binop(other, context, _power, '** or pow()')
        o = _conv(other)
        m = _conv(modulo)
        if o is None or m is None:
            return NotImplemented
        ctx = _ctx(context)
        st = []
        r = _powmod(self, o, m, ctx, st)
        ctx._apply(st)
        return r

    def __rpow__(self, other, modulo=None, context=None):
        return self._binop(other, context, _power, '** or pow()', True)

    def _unary(self, context, fn):
        ctx = _ctx(context)
        st = []
        r = fn(self, ctx, st)
        ctx._apply(st)
        return r

    def __neg__(self, context=None):
        return self._unary(context, _neg)

    def __pos__(self, context=None):
        return self._unary(context, _plus)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(context, _absf)

    # -- comparisons
    def _cmp_other(self, other, op):
        # Returns a Decimal for other, NotImplemented, or raises.
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _mk(1 if other < 0 else 0, abs(other), 0)
        if isinstance(other, float):
            ctx = getcontext()
            if op in ('==', '!='):
                ctx.flags[FloatOperation] = True
            else:
                ctx._apply([FloatOperation])
            return _from_float(other)
        if isinstance(other, complex) and op in ('==', '!='):
            if other.imag == 0:
                ctx = getcontext()
                ctx.flags[FloatOperation] = True
                return _from_float(other.real)
            return None
        if isinstance(other, _numbers.Rational):
            return ('frac', other)
        if op not in ('==', '!=') and _builtin_type(other):
            raise TypeError("'%s' not supported between instances of "
                            "'decimal.Decimal' and '%s'"
                            % (op, type(other).__name__))
        return NotImplemented

    def _compare_op(self, other, op):
        o = self._cmp_other(other, op)
        if o is NotImplemented:
            return NotImplemented
        if o is None:
            return False if op == '==' else True
        a = self
        if isinstance(o, tuple):
            # Rational: compare self * den with num
            q = o[1]
            if a._k >= _NAN:
                o = _mk(0, 0, 0, _NAN)
            elif a._k == _INF:
                o = _mk(0, 0, 0)
            else:
                den = q.denominator
                num = q.numerator
                a = _mk(a._s, a._c * den, a._e)
                o = _mk(1 if num < 0 else 0, abs(num), 0)
        if a._k >= _NAN or o._k >= _NAN:
            if op in ('==', '!='):
                if a._k == _SNAN or o._k == _SNAN:
                    getcontext()._apply([InvalidOperation])
                return op == '!='
            getcontext()._apply([InvalidOperation])
            return False
        c = _cmp(a, o)
        if op == '==':
            return c == 0
        if op == '!=':
            return c != 0
        if op == '<':
            return c < 0
        if op == '<=':
            return c <= 0
        if op == '>':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare_op(other, '==')

    def __ne__(self, other):
        return self._compare_op(other, '!=')

    def __lt__(self, other):
        return self._compare_op(other, '<')

    def __le__(self, other):
        return self._compare_op(other, '<=')

    def __gt__(self, other):
        return self._compare_op(other, '>')

    def __ge__(self, other):
        return self._compare_op(other, '>=')

    # -- methods with a second Decimal operand
    def _two(self, other, context, fn):
        o = _conv_strict(other)
        ctx = _ctx(context)
        st = []
        r = fn(self, o, ctx, st)
        ctx._apply(st)
        return r

    def compare(self, other, context=None):
        return self._two(other, context, _compare)

    def compare_signal(self, other, context=None):
        return self._two(other, context, _compare_signal)

    def compare_total(self, other, context=None):
        o = _conv_strict(other)
        return _mk(0, 0, 0) if _total(self, o) == 0 else \
            (_mk(1, 1, 0) if _total(self, o) < 0 else _mk(0, 1, 0))

    def compare_total_mag(self, other, context=None):
        o = _conv_strict(other)
        t = _total(self.copy_abs(), o.copy_abs())
        return _mk(0, 0, 0) if t == 0 else (_mk(1, 1, 0) if t < 0
                                            else _mk(0, 1, 0))

    def max(self, other, context=None):
        return self._two(other, context, _max)

    def min(self, other, context=None):
        return self._two(other, context, _min)

    def max_mag(self, other, context=None):
        return self._two(other, context, _max_mag)

    def min_mag(self, other, context=None):
        return self._two(other, context, _min_mag)

    def copy_abs(self):
        return _mk(0, self._c, self._e, self._k)

    def copy_negate(self):
        return _mk(self._s ^ 1, self._c, self._e, self._k)

    def copy_sign(self, other, context=None):
        o = _conv_strict(other)
        return _mk(o._s, self._c, self._e, self._k)

    def quantize(self, exp, rounding=None, context=None):
        o = _conv_strict(exp)
        if rounding is not None and (not isinstance(rounding, str) or
                                     rounding not in _ROUNDINGS):
            raise TypeError(_ROUNDING_MSG)
        ctx = _ctx(context)
        st = []
        r = _quantize(self, o, ctx, st, rounding)
        ctx._apply(st)
        return r

    def same_quantum(self, other, context=None):
        o = _conv_strict(other)
        if self._k != _FINITE or o._k != _FINITE:
            return (self._k >= _NAN and o._k >= _NAN) or \
                (self._k == _INF and o._k == _INF)
        return self._e == o._e

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        st = []
        r = _to_integral(self, rounding or ctx.rounding, ctx, st, False)
        ctx._apply(st)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        st = []
        r = _to_integral(self, rounding or ctx.rounding, ctx, st, True)
        ctx._apply(st)
        return r

    def normalize(self, context=None):
        return self._unary(context, _normalize)

    def sqrt(self, context=None):
        return self._unary(context, _sqrt)

    def exp(self, context=None):
        return self._unary(context, _exp)

    def ln(self, context=None):
        return self._unary(context, _ln)

    def log10(self, context=None):
        return self._unary(context, _log10)

    def logb(self, context=None):
        return self._unary(context, _logb)

    def fma(self, other, third, context=None):
        b = _conv_strict(other)
        c = _conv_strict(third)
        ctx = _ctx(context)
        st = []
        r = _fma(self, b, c, ctx, st)
        ctx._apply(st)
        return r

    def remainder_near(self, other, context=None):
        return self._two(other, context, _remainder_near)

    def scaleb(self, other, context=None):
        return self._two(other, context, _scaleb)

    def next_plus(self, context=None):
        return self._unary(context, _next_plus)

    def next_minus(self, context=None):
        return self._unary(context, _next_minus)

    def next_toward(self, other, context=None):
        return self._two(other, context, _next_toward)

    def rotate(self, other, context=None):
        return self._two(other, context, _rotate)

    def shift(self, other, context=None):
        return self._two(other, context, _shift)

    def logical_and(self, other, context=None):
        return self._two(other, context,
                         lambda a, b, c, s: _logical(a, b, c, s, 'and'))

    def logical_or(self, other, context=None):
        return self._two(other, context,
                         lambda a, b, c, s: _logical(a, b, c, s, 'or'))

    def logical_xor(self, other, context=None):
        return self._two(other, context,
                         lambda a, b, c, s: _logical(a, b, c, s, 'xor'))

    def logical_invert(self, context=None):
        ctx = _ctx(context)
        return self._two(_mk(0, _iparse('1' * ctx.prec), 0), ctx,
                         lambda a, b, c, s: _logical(a, b, c, s, 'xor'))


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _neg(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        return _inf(a._s ^ 1)
    if a._c == 0:
        # 0 - a: -0 only for +0 under ROUND_FLOOR
        s = 1 if ctx.rounding == ROUND_FLOOR and a._s == 0 else 0
        return _fix(s, 0, a._e, ctx, st)
    return _fix(a._s ^ 1, a._c, a._e, ctx, st)


def _plus(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        return a
    if a._c == 0:
        s = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(s if a._s else 0, 0, a._e, ctx, st)
    return _fix(a._s, a._c, a._e, ctx, st)


def _absf(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        return _inf(0)
    return _fix(0, a._c, a._e, ctx, st)


def _compare(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp(a, b)
    return _mk(1 if c < 0 else 0, abs(c), 0)


def _compare_signal(a, b, ctx, st):
    if a._k >= _NAN or b._k >= _NAN:
        st.append(InvalidOperation)
        r = _check_nans(a, b, ctx, [])
        return r
    return _compare(a, b, ctx, st)


def _total(a, b):
    # Total order of the specification: -1, 0, 1.
    if a._s != b._s:
        return -1 if a._s else 1
    r = _total_abs(a, b)
    return -r if a._s else r


def _total_abs(a, b):
    ra = (0, 1, 3, 2)[a._k]
    rb = (0, 1, 3, 2)[b._k]
    if ra != rb:
        return -1 if ra < rb else 1
    if a._k >= _NAN:
        return (a._c > b._c) - (a._c < b._c)
    if a._k == _INF:
        return 0
    c = _cmp_abs(a, b)
    if c:
        return c
    return (a._e > b._e) - (a._e < b._e)


def _minmax(a, b, ctx, st, want_max, mag):
    if a._k >= _NAN or b._k >= _NAN:
        if a._k == _SNAN or b._k == _SNAN:
            return _check_nans(a, b, ctx, st)
        if a._k >= _NAN and b._k >= _NAN:
            return _fix_nan(a, ctx)
        return _finish(b if a._k >= _NAN else a, ctx, st)
    if mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
        if c == 0:
            c = _cmp(a, b)
    else:
        c = _cmp(a, b)
    if c == 0:
        c = _total(a, b)
    if want_max:
        r = a if c >= 0 else b
    else:
        r = a if c <= 0 else b
    return _finish(r, ctx, st)


def _max(a, b, ctx, st):
    return _minmax(a, b, ctx, st, True, False)


def _min(a, b, ctx, st):
    return _minmax(a, b, ctx, st, False, False)


def _max_mag(a, b, ctx, st):
    return _minmax(a, b, ctx, st, True, True)


def _min_mag(a, b, ctx, st):
    return _minmax(a, b, ctx, st, False, True)


def _normalize(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        return a
    d = _fix(a._s, a._c, a._e, ctx, st)
    if d._k != _FINITE:
        return d
    if d._c == 0:
        return _mk(d._s, 0, 0)
    top = ctx.Etop() if ctx.clamp else ctx.Emax
    if d._e >= top:
        return d
    c, k = _strip(d._c, top - d._e)
    return _mk(d._s, c, d._e + k)


def _logb(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        return _inf(0)
    if a._c == 0:
        st.append(DivisionByZero)
        return _inf(1)
    v = _adj(a)
    return _fix(1 if v < 0 else 0, abs(v), 0, ctx, st)


def _fma(a, b, c, ctx, st):
    if a._k == _SNAN or b._k == _SNAN or c._k == _SNAN:
        for x in (a, b, c):
            if x._k == _SNAN:
                st.append(InvalidOperation)
                return _fix_nan(x, ctx)
    if a._k == _NAN or b._k == _NAN:
        return _fix_nan(a if a._k == _NAN else b, ctx)
    s = a._s ^ b._s
    if a._k == _INF or b._k == _INF:
        if (a._k == _FINITE and a._c == 0) or (b._k == _FINITE and b._c == 0):
            return _nan(st)
        prod = _inf(s)
    else:
        prod = _mk(s, a._c * b._c, a._e + b._e)
    if c._k == _NAN:
        return _fix_nan(c, ctx)
    return _add(prod, c, ctx, st)


def _scaleb(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    if b._k != _FINITE or b._e != 0:
        return _nan(st)
    lim = 2 * (ctx.Emax + ctx.prec)
    y = _int_value(b)
    if y > lim or y < -lim:
        return _nan(st)
    if a._k == _INF:
        return a
    return _fix(a._s, a._c, a._e + y, ctx, st)


def _next_plus(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        if a._s:
            return _mk(1, 10 ** ctx.prec - 1, ctx.Etop())
        return a
    c2 = ctx.copy()
    c2.rounding = ROUND_CEILING
    c2.clear_traps()
    p = ctx.prec
    lim = min(ctx.Etiny(), (_adj(a) - p - 1) if a._c else ctx.Etiny()) - 2
    tiny = _mk(0, 1, lim)
    return _add(a, tiny, c2, [])


def _next_minus(a, ctx, st):
    r = _check_nans(a, None, ctx, st)
    if r is not None:
        return r
    if a._k == _INF:
        if not a._s:
            return _mk(0, 10 ** ctx.prec - 1, ctx.Etop())
        return a
    c2 = ctx.copy()
    c2.rounding = ROUND_FLOOR
    c2.clear_traps()
    p = ctx.prec
    lim = min(ctx.Etiny(), (_adj(a) - p - 1) if a._c else ctx.Etiny()) - 2
    tiny = _mk(1, 1, lim)
    return _add(a, tiny, c2, [])


def _next_toward(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    c = _cmp(a, b)
    if c == 0:
        return _mk(b._s, a._c, a._e, a._k)
    if c < 0:
        d = _next_plus(a, ctx, st)
    else:
        d = _next_minus(a, ctx, st)
    if d._k == _INF:
        st.extend((Overflow, Inexact, Rounded))
    elif d._c == 0 or _adj(d) < ctx.Emin:
        st.extend((Underflow, Subnormal, Inexact, Rounded))
        if d._c == 0:
            st.append(Clamped)
    return d


def _int_arg(b, ctx):
    # rotate/shift argument: an integer with exponent 0, |b| <= prec
    if b._k != _FINITE or b._e != 0:
        return None
    v = _int_value(b)
    if abs(v) > ctx.prec:
        return None
    return v


def _rotate(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    n = _int_arg(b, ctx)
    if n is None:
        return _nan(st)
    if a._k == _INF:
        return a
    p = ctx.prec
    digs = _istr(a._c)
    if len(digs) > p:
        digs = digs[-p:]
    digs = digs.rjust(p, '0')
    n %= p
    if n:
        digs = digs[n:] + digs[:n]
    return _mk(a._s, _iparse(digs), a._e)


def _shift(a, b, ctx, st):
    r = _check_nans(a, b, ctx, st)
    if r is not None:
        return r
    n = _int_arg(b, ctx)
    if n is None:
        return _nan(st)
    if a._k == _INF:
        return a
    p = ctx.prec
    c = a._c % 10 ** p
    if n >= 0:
        c = (c * 10 ** n) % 10 ** p
    else:
        c = c // 10 ** (-n)
    return _mk(a._s, c, a._e)


def _logical(a, b, ctx, st, op):
    # Digit-wise logic on coefficients made of 0 and 1 digits: the digit
    # strings are read as binary numbers so the work is done by int ops.
    p = ctx.prec
    vals = []
    for x in (a, b):
        if x._k != _FINITE or x._s or x._e != 0:
            return _nan(st)
        ds = _istr(x._c)
        if ds.strip('01'):
            return _nan(st)
        vals.append(int(ds[-p:], 2))
    va, vb = vals
    if op == 'and':
        v = va & vb
    elif op == 'or':
        v = va | vb
    else:
        v = va ^ vb
    return _mk(0, _iparse(format(v, 'b')), 0)


_numbers.Number.register(Decimal)
