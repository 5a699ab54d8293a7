import copy

class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f'P({self.a!r}, {self.b!r})'
x = P([1, 2], {'k': [3]})
s, d = copy.copy(x), copy.deepcopy(x)
print(s, d, s.a is x.a, d.a is x.a, d.b['k'] is x.b['k'], type(d).__name__)
l = [1, [2, 3], (4, [5])]
dl = copy.deepcopy(l)
print(dl, dl[1] is l[1], dl[2] is l[2], dl[2][1] is l[2][1], copy.copy(l)[1] is l[1])
t = (1, 2, 'a')
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy(frozenset([1])) == frozenset([1]))
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = [1]
        self.y = 2
ss = copy.deepcopy(S())
print(ss.x, ss.y)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom('copied ' + self.v)
    def __deepcopy__(self, memo):
        return Custom('deep ' + self.v)
print(copy.copy(Custom('a')).v, copy.deepcopy(Custom('b')).v, copy.deepcopy([Custom('c')])[0].v)
class State:
    def __init__(self):
        self.data = 1
        self.cache = 'big'
    def __getstate__(self):
        return {'data': self.data}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None
c = copy.deepcopy(State())
print(c.data, c.cache)
class MyList(list):
    pass
ml = MyList([1, [2]]); ml.attr = 'x'
cm = copy.deepcopy(ml)
print(type(cm).__name__, cm, cm.attr, cm[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)
print(copy.copy(len) is len, copy.deepcopy(int) is int, copy.deepcopy(None), copy.copy({1, 2}), copy.copy(bytearray(b'ab')))
class Rd:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Rd, (self.n * 10,))
print(copy.copy(Rd(2)).n)
try:
    copy.replace(1)
except TypeError as e:
    print(e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
