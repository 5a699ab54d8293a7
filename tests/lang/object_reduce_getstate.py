import copyreg, copy
class A: pass
a = A(); a.x = 1
print(a.__getstate__(), A().__getstate__(), (5).__getstate__(), [1].__getstate__())
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1
print(s.__getstate__())
class D(dict): pass
d = D(a=1); d.z = 2
r = d.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:3], list(r[4]))
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1:3], a.__reduce_ex__(1)[1:], a.__reduce__()[1:])
class L(list): pass
r = L([1, 2]).__reduce_ex__(4)
print(r[1:3], list(r[3]))
print((5).__reduce_ex__(2)[1:], 'ab'.__reduce_ex__(4)[1:], (1, 2).__reduce_ex__(2)[1:], object().__reduce_ex__(2)[1:])
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2))
print(copy.deepcopy(d), copy.copy(L([3])), sorted(n for n in dir(object) if 'red' in n or 'state' in n))
print(copyreg.__newobj__(A).__class__.__name__, copyreg._reconstructor(A, object, None).__class__.__name__)
