# divmod and // % across int/float/bool/big and custom __divmod__/__rdivmod__; identities and sign rules
import math
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 3), (10**20, 7), (-10**20, 7), (10**20, -7.0),
         (0, 5), (0.0, -5), (5, float('inf')), (-5, float('inf')), (float('inf'), 5), (1e-300, 1e300)]
for a, b in pairs:
    try:
        q, r = divmod(a, b)
        print(repr(a), repr(b), repr(q), repr(r), type(q).__name__, q == a // b, r == a % b)
    except Exception as e:
        print(repr(a), repr(b), type(e).__name__, e)
class D:
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
print(divmod(D(), 1), divmod(1, D()), divmod(D(), D())[0])
for bad in [('a', 1), (1, 'a'), ([], 1), (1j, 1)]:
    try:
        divmod(*bad)
    except TypeError as e:
        print('TypeError', e)
print(math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), 7 % -3, math.remainder(7, 3) if hasattr(math, 'remainder') else '')
