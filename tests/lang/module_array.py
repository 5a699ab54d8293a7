# array: typed arrays -- construction, range checks, operators, bytes, methods.
import copy
import warnings
from array import array, typecodes, ArrayType

warnings.simplefilter("ignore", DeprecationWarning)
print(typecodes, ArrayType is array, [array(c).itemsize for c in typecodes])
for c in 'bBhHiIlLqQ':
    a = array(c)
    for v in (2 ** 70, -2 ** 70, 2 ** (8 * a.itemsize), -1 if c.isupper() else -2 ** (8 * a.itemsize)):
        try:
            a.append(v)
        except (OverflowError, ValueError) as e:
            print(c, type(e).__name__, e)
    a.append(7)
    print(a)
for args in [('i', [1.5]), ('i', ['x']), ('d', ['x']), ('i', 'ab'), ('u', [1]), ('u', ['ab'])]:
    try:
        array(*args)
    except TypeError as e:
        print("TypeError", e)
for code in ['z', 'ii']:
    try:
        array(code)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = array('i', [1, 2, 3])
print(a, repr(array('d')), a[1:], a * 2, 2 * a, a + a, a == array('l', [1, 2, 3]), a < array('i', [2]),
      a[-1], len(a), list(a), a[::-1])
try:
    a[0:1] = [5]
except TypeError as e:
    print(e)
try:
    a + array('d')
except TypeError as e:
    print(e)
a[0:1] = array('i', [7, 8])
print(a)
print(array('f', [0.1]), array('u', 'hi'), array('u', 'hi').tounicode(), array('b', b'ab'), array('w', 'é€'))
print(array('B', b'xyz').tobytes(), array('h', [1, -2]).tobytes(), array('d', [1.5]).tobytes(),
      array('u', 'A').tobytes(), array('q', [-1]).tobytes())
b = array('i')
b.frombytes(b'\x01\x00\x00\x00\xff\xff\xff\xff')
print(b)
try:
    b.frombytes(b'\x01')
except ValueError as e:
    print(e)
for f, args in [('pop', (5,)), ('remove', (9,)), ('index', (9,))]:
    try:
        getattr(b, f)(*args)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    array('i').pop()
except IndexError as e:
    print(e)
print(b.buffer_info()[1], array('i', range(3)).count(1), array('i', [5, 6, 5]).index(5, 1))
c = array('h', [1, 256])
c.byteswap()
print(c)
for bad in [lambda: array('i')[0], lambda: array('i', [1]).__setitem__(0, 'x'),
            lambda: array('i', [1]).__setitem__(3, 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
d = array('i', [3, 1, 2])
d.append(4)
d.extend([5, 6])
d.extend(array('i', [7]))
d.insert(0, 0)
d.fromlist([8])
print(d, d.pop(), d.pop(0), d)
d.remove(1)
d.reverse()
print(d, d.tolist(), list(reversed(d)), 2 in d, 99 in d)
del d[0]
del d[1:3]
print(d)
d += array('i', [9])
d *= 2
print(d, copy.copy(d), copy.deepcopy(d) == d, copy.copy(d) is not d)
u = array('w', 'ab')
u.fromunicode('cd')
print(u, u.tounicode())
try:
    array('i').tounicode()
except ValueError as e:
    print(e)
try:
    hash(array('i'))
except TypeError as e:
    print(e)
print(array('d', [1, 2.5]), array('f', [1e40]), array('i', array('i', [4])), array('b', bytearray(b'\x01')))
print(sum(array('i', range(100))), max(array('d', [1.5, 0.5])), sorted(array('i', [3, 1, 2])))
