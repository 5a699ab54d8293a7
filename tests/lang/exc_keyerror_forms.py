# KeyError str/repr forms, raising from dict/set/pop, KeyError as LookupError, with tuple and empty args
d = {'a': 1}
for key in ['missing', '', 0, None, (), (1,), (1, 2), [1] if False else 'x', 'quo\'te', 3.5, frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
for args in [(), ('a',), ('a', 'b'), (('t', 'u'),), (None,), ('',)]:
    e = KeyError(*args)
    print(args, repr(str(e)), repr(e))
try:
    {}.pop('p')
except KeyError as e:
    print('pop', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem', e)
try:
    set().pop()
except KeyError as e:
    print('set pop', e)
try:
    {1}.remove(2)
except KeyError as e:
    print('set remove', e, e.args)
try:
    {1}.remove((1, 2))
except KeyError as e:
    print('set remove tuple', e, e.args)
try:
    d['zz']
except LookupError as e:
    print('as LookupError', type(e).__name__, isinstance(e, KeyError))
class D(dict):
    def __missing__(self, k):
        raise KeyError(f'no {k}')
try:
    D()['q']
except KeyError as e:
    print('missing raise', e)
try:
    raise KeyError('multi\nline')
except KeyError as e:
    print(str(e))
import sys
try:
    {}['k']
except KeyError:
    print(repr(sys.exception()))
