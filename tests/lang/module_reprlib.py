import reprlib
from collections import deque

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(set(range(20))))
print(reprlib.repr(frozenset(range(20))), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: i for i in range(10)}), reprlib.repr(10**50), reprlib.repr(tuple(range(10))))
print(reprlib.repr(deque(range(10))), reprlib.repr(deque()), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {}}}}}}}))
print(reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr("abc'def" * 10), reprlib.repr(b'bytes' * 20), reprlib.repr(3.5), reprlib.repr(None))
print(reprlib.repr({1: 'x', 'k': 2}))
print(reprlib.Repr(maxlevel=2, indent=2).repr([1, [2, [3]]]))
print(reprlib.Repr(indent=2).repr([1, [2, 3], {'a': 4}]))
print(reprlib.Repr(indent='--').repr([1, (2, 3)]))
print(reprlib.Repr(indent=0).repr([1, 2]))
print(reprlib.Repr(indent=4).repr([]), reprlib.Repr(indent=4).repr((5,)))
for ind in (1.5, -1):
    try:
        reprlib.Repr(indent=ind).repr([1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = reprlib.Repr(maxlist=2, maxstring=10, maxlong=8, maxother=12, fillvalue='<>', maxdict=1, maxlevel=3)
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.repr(123456789012), r.repr(object)[:9])
print(r.repr({1: [1, 2, 3], 2: 3}), r.repr([[[[1]]]]), r.repr(deque([1, 2, 3])))


class Bad:
    def __repr__(self):
        raise RuntimeError("no")


print(r.repr(Bad()).startswith('<Bad instance at 0x'))


class Long:
    def __repr__(self):
        return 'L' * 50


print(reprlib.repr(Long()), reprlib.repr([Long()]))


class MyRepr(reprlib.Repr):
    def repr_TextIOWrapper(self, obj, level):
        return 'file'

    def repr_Long(self, obj, level):
        return 'long!'


print(MyRepr().repr([Long(), 1]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Node repr."""
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__wrapped__.__name__)


class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'


o = Other([1, 2])
o.append(o)
print(repr(o))
print(reprlib.__all__)
