# iter(callable, sentinel) with objects, bound methods, exceptions raised by the callable, sentinel comparisons
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)))
data = iter(['a', 'b', '', 'c'])
print(list(iter(data.__next__, '')))
lines = ['x\n', 'y\n', '']
print(list(iter(lines.pop, 'x\n')) if False else list(iter(lambda: lines.pop(0) if lines else '', '')))
def raiser():
    raise ValueError('from callable')
try:
    next(iter(raiser, None))
except ValueError as e:
    print('ValueError', e)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
class EqAll:
    def __eq__(self, other):
        return True
print(list(iter(Counter(), EqAll())))
it = iter(Counter(), 3)
print(next(it), next(it), next(it, 'end'), next(it, 'end'))
print(type(iter(Counter(), 1)).__name__, iter(it) is it)
seq = iter(range(10))
print(list(iter(lambda: next(seq) * 2, 10)))
try:
    iter(Counter(), 1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    iter(5, 5)
except TypeError as e:
    print('TypeError', e)
