# dict subclasses: overridden __getitem__/__setitem__ vs. methods that bypass them, __missing__, fromkeys, |, copy, repr
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
print(u, u['a'], u.get('a'), u.get('A'), 'a' in u, dict(u), list(u.items()))
u.update({'b': 2})
u.setdefault('c', 3)
print(u, Upper(x=1), Upper({'y': 2}))
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(sorted(c.items()), c['z'], c.get('z'), 'z' in c, len(c))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = Default(list)
dd['x'].append(1)
dd['x'].append(2)
dd['y']
print(dd, len(dd), dd.factory is list)
class Sub(dict):
    pass
s = Sub(a=1)
print(type(s.copy()).__name__, type(s | {'b': 2}).__name__, type({'b': 2} | s).__name__, type(Sub.fromkeys('ab')).__name__, repr(s))
s |= {'c': 3}
print(type(s).__name__, s)
class WithRepr(dict):
    def __repr__(self):
        return 'WR' + super().__repr__()
print(repr(WithRepr(a=1)), str([WithRepr(b=2)]))
class Eq(dict):
    def __eq__(self, other):
        return True
print(Eq() == {'x': 1}, {'x': 1} == Eq(), Eq(a=1) != {})
print(isinstance(s, dict), issubclass(Sub, dict), dict.__getitem__(u, 'A'), Sub(a=1) == {'a': 1})
