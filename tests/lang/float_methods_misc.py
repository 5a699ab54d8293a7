# float: constructors, methods as unbound calls, __getformat__, arithmetic with int subclasses, comparisons with big ints
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, e)
    else:
        print(label, repr(r))

t('getformat', lambda: (float.__getformat__('double'), float.__getformat__('float')))
t('getformat bad', lambda: float.__getformat__('long'))
t('methods', lambda: (float.is_integer(2.0), float.hex(1.0), float.conjugate(1.5), float.__abs__(-1.5), float.__neg__(2.0), float.__pos__(-0.0)))
t('dunders', lambda: ((1.5).__add__(1), (1.5).__radd__(1), (1.5).__sub__(0.5), (1.5).__rsub__(2), (3.0).__truediv__(2), (3.0).__rtruediv__(6)))
t('dunders2', lambda: ((7.0).__floordiv__(2), (7.0).__mod__(-2), (7.0).__divmod__(2), (2.0).__pow__(3), (2.0).__rpow__(3), (2.5).__int__(), (2.5).__float__()))
t('notimpl', lambda: ((1.5).__add__('a'), (1.5).__eq__('a'), (1.5).__lt__(None)))
t('cmp big ints', lambda: (1e20 == 10**20, 1e20 < 10**20 + 1, 2.0**63 == 2**63, 2.0**63 > 2**63 - 1, float('inf') > 10**1000, -float('inf') < -10**1000))
t('cmp nan int', lambda: (float('nan') < 1, float('nan') == 10**100, float('nan') != 2**70))
t('cmp precision', lambda: (9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0, 9007199254740992 == 9007199254740992.0))
t('int subclass', lambda: (type(1.5 + type('I', (int,), {})(1)).__name__, 2.0 * True, 1.0 + False))
t('float subclass ops', lambda: [type(x).__name__ for x in (type('F', (float,), {})(1.5) + 1, -type('F', (float,), {})(1.5), abs(type('F', (float,), {})(-1)))])
t('float()', lambda: (float(), float(True), float('  -0.0 '), float(10**15), float(-7)))
t('trunc floor ceil', lambda: (int(2.7), int(-2.7), __import__('math').floor(-2.5), __import__('math').ceil(-2.5), __import__('math').trunc(-2.5)))
t('round types', lambda: (type(round(2.5)).__name__, round(-0.5), round(0.5), round(1.5), round(-1.5), round(-2.5)))
t('mod signs', lambda: [(a % b, a // b) for a in (5.5, -5.5) for b in (2.0, -2.0)])
t('neg zero ops', lambda: (-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 / 1, repr(-0.0 // 1), repr(-0.0 % 1)))
t('tiny', lambda: (5e-324 / 2, 5e-324 * 0.5 == 0, 2.2250738585072014e-308 / 2 > 0, 1e-320 * 1e10))
t('huge', lambda: (1e308 + 1e308, -1e308 * 2, 1e308 * 10 - 1e308 * 10))
t('int/float mixed', lambda: (1 / 3.0, 7 // 2.0, 2 ** 0.5, 10 % 3.5, (-7) // 2.0, 2 ** -1.0))
t('float of big int division', lambda: (10**30 / 10**10, (10**30 + 1) / 10**30, 2**1000 / 2**999, 3 / 2**1100))
t('sum precision', lambda: (sum([0.1] * 10), 0.1 * 10, sum([1e16, 1, 1, 1, 1]) - 1e16))
t('is_integer big', lambda: ((2.0**60).is_integer(), (2.0**-60).is_integer(), (1e308).is_integer()))
t('hash consistency', lambda: (hash(2.0) == hash(2), hash(2.5) == hash(2.5), hash(-1.0) == hash(-1), hash(2.0**64) == hash(2**64)))
