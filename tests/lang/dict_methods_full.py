# dict: |, |=, fromkeys, setdefault, popitem order, pop, get, update forms, mutation during iteration
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!', type(e).__name__, repr(e) if isinstance(e, KeyError) else e)
    else:
        print(label, repr(r))

a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
t('or', lambda: a | b)
t('ror', lambda: b | a)
t('or list', lambda: a | [('q', 1)])
t('ior', lambda: (lambda d: (d.__ior__(b), d)[1])(dict(a)))
t('ior list', lambda: (lambda d: (d.__ior__([('q', 9)]), d)[1])(dict(a)))
t('ior bad', lambda: (lambda d: d.__ior__(5))(dict(a)))
t('fromkeys', lambda: (dict.fromkeys('abc'), dict.fromkeys(range(3), 0), dict.fromkeys([]), dict.fromkeys('aa', [])))
class D(dict):
    pass
t('fromkeys sub', lambda: type(D.fromkeys('ab')).__name__)
t('fromkeys bad', lambda: dict.fromkeys(5))
d = {}
t('setdefault', lambda: (d.setdefault('a'), d.setdefault('a', 5), d.setdefault('b', []), d))
t('setdefault unhash', lambda: d.setdefault([], 1))
d = dict.fromkeys('abcde', 0)
t('popitem', lambda: [d.popitem() for _ in range(3)])
d['f'] = 1
t('popitem2', lambda: (d.popitem(), d))
t('popitem empty', lambda: {}.popitem())
t('pop', lambda: (d.pop('a'), d.pop('zz', 'dflt'), d))
t('pop missing', lambda: d.pop('zz'))
t('pop tuple key', lambda: {}.pop((1, 2)))
t('getitem tuple', lambda: {}[(1,)])
t('getitem empty tuple', lambda: {}[()])
t('get', lambda: ({'a': 1}.get('a'), {}.get('a'), {}.get('a', 0), {}.get([1]) if False else None))
t('get unhash', lambda: {}.get([1]))
t('update', lambda: (lambda d: (d.update({'a': 1}, b=2), d.update([('c', 3)]), d.update(d=4), d.update(), d)[4])({}))
t('update bad', lambda: {}.update([1, 2]))
t('update bad2', lambda: {}.update([('a', 1, 2)]))
t('update 2args', lambda: {}.update({}, {}))
t('dict forms', lambda: (dict(a=1), dict([(1, 2)], b=3), dict({'a': 1}, a=2), dict(zip('ab', range(2)))))
t('dict bad', lambda: dict([1]))
t('dict bad2', lambda: dict(1))
t('dict str', lambda: dict(['ab', 'cd']))
d = {1: 1, 2: 2}
def add_during():
    for k in d:
        d[k + 10] = 0
t('iter add', add_during)
d = {1: 1, 2: 2}
def del_during():
    for k in d:
        del d[k]
t('iter del', del_during)
d = {1: 1, 2: 2}
def change_values():
    for k in d:
        d[k] = 5
    return d
t('iter set existing', change_values)
d = {1: 1, 2: 2}
def pop_add():
    for k in d:
        d.pop(k)
        d[k] = 0
t('iter pop add', pop_add)
d = {1: 1, 2: 2}
def items_del():
    for k, v in d.items():
        d.clear()
t('items clear', items_del)
t('eq', lambda: ({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} != {1: 3}))
t('lt', lambda: {} < {})
t('in', lambda: (1 in {1: 0}, 1.0 in {1: 0}, True in {1: 0}, 'x' in {}))
t('len del', lambda: (lambda d: (d.__delitem__('a'), len(d))[1])({'a': 1, 'b': 2}))
t('del missing', lambda: {}.__delitem__('k'))
t('copy', lambda: (lambda d: (d.copy(), d.copy() is d))({'a': [1]}))
t('reversed', lambda: list(reversed({'a': 1, 'b': 2, 'c': 3})))
t('repr rec', lambda: (lambda d: (d.__setitem__('self', d), repr(d))[1])({}))
t('keys order', lambda: list({3: 0, 1: 0, 2: 0, 1.0: 5}.items()))
class Missing(dict):
    def __missing__(self, k):
        return k * 2
t('missing', lambda: (Missing()['ab'], Missing().get('ab'), 'ab' in Missing()))
t('clear', lambda: (lambda d: (d.clear(), d)[1])({1: 2}))
t('values eq', lambda: {1: 2}.values() == {1: 2}.values())
