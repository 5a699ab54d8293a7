# int's special methods called directly (int.__add__(a, b), (3).__lt__(x)):
# results, NotImplemented for other types, and argument errors.
names = ['__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
         '__lshift__', '__rshift__', '__and__', '__or__', '__xor__', '__divmod__',
         '__radd__', '__rsub__', '__rmul__', '__rtruediv__', '__rfloordiv__', '__rmod__',
         '__rlshift__', '__rrshift__', '__rand__', '__ror__', '__rxor__', '__rdivmod__',
         '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__', '__pow__', '__rpow__']
for name in names:
    m = getattr(int, name)
    for a, b in [(7, 3), (-7, 3), (2**70, 5), (True, 2), (5, 'x'), (5, 2.5)]:
        if a == 2**70 and name in ('__rpow__', '__rlshift__'):
            continue    # 5 ** 2**70 and 5 << 2**70 do not fit in memory
        try:
            print(name, a, b, repr(m(a, b)))
        except Exception as e:
            print(name, a, b, type(e).__name__, e)
for name in ['__neg__', '__pos__', '__abs__', '__invert__', '__int__', '__float__',
             '__repr__', '__hash__', '__bool__', '__index__', '__trunc__', '__floor__',
             '__ceil__', '__round__']:
    m = getattr(int, name)
    for a in [0, 5, -5, 2**65, False]:
        print(name, a, repr(m(a)))
print(int.__pow__(3, 4, 5), int.__rpow__(4, 3, 5), int.__pow__(3, 4, None), int.__pow__(2, -1))
print(int.__pow__(3, 4, 'x'), int.__rpow__(3, 'x'), int.__pow__(3, 2.0))
print((5).__round__(-1), (15).__round__(-1), (25).__round__(-1), (-15).__round__(-1), (7).__round__(2))
for bad in [lambda: int.__add__('x', 1), lambda: int.__neg__('x'), lambda: int.__add__(1),
            lambda: int.__add__(1, 2, 3), lambda: int.__neg__(1, 2), lambda: int.__hash__(1, 2),
            lambda: int.__pow__(1, 2, 3, 4), lambda: int.__lt__(1)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
class MyInt(int):
    pass
print(int.__add__(MyInt(3), 4), type(int.__add__(MyInt(3), 4)).__name__, MyInt(3).__neg__())
print(int.__hash__(-1), int.__hash__(2**64), int.__eq__(3, 3.0), int.__lt__(3, 3.5))
