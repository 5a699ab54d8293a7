# StopIteration.value from generator return, next() and send(), StopIteration in generators -> RuntimeError
def gen():
    yield 1
    return 'done'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print('again', repr(e.value), e.args)
def gen2():
    return (1, 2)
    yield
try:
    next(gen2())
except StopIteration as e:
    print(e.value, e.args)
def gen3():
    yield
    return None
g3 = gen3()
next(g3)
try:
    g3.send(5)
except StopIteration as e:
    print(repr(e.value), e.args)
def delegator():
    r = yield from gen()
    print('delegated got', r)
    return r * 2
d = delegator()
print(next(d))
try:
    next(d)
except StopIteration as e:
    print(e.value)
def bad():
    yield 1
    raise StopIteration('inside')
b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__)
def bad_next():
    next(iter([]))
    yield
try:
    list(bad_next())
except RuntimeError as e:
    print('RuntimeError', e)
it = iter([1])
print(next(it), next(it, 'default'))
s = StopIteration(1, 2)
print(s.value, s.args)
s.value = 9
print(s.value, s.args)
class MyStop(StopIteration):
    pass
print(MyStop('v').value)
def listcomp_stop():
    return [x for x in (next(iter([])) for _ in range(1))]
try:
    listcomp_stop()
except RuntimeError as e:
    print('RuntimeError', e)
print(list(map(lambda x: x, iter([1, 2]))))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
print(list(It()), [x for x in It()], next(It(), 'd'))
try:
    next(It())
except StopIteration as e:
    print('custom', e.value)
