# PEP 479: StopIteration inside generators becomes RuntimeError
def g1():
    yield 1
    next(iter([]))
    yield 2
it = g1()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__suppress_context__)
def g2():
    raise StopIteration("direct")
    yield
try:
    list(g2())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
class MyStop(StopIteration): pass
def g3():
    raise MyStop
    yield
try:
    next(g3())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# return inside generator is fine
def g4():
    yield 1
    return "ret"
print(list(g4()))
# StopIteration caught inside the generator is fine
def g5():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(g5()))
# generator expressions too
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print("genexpr RuntimeError", e)
# list comprehension is not a generator: StopIteration propagates
try:
    [next(iter([])) for _ in range(1)]
except StopIteration:
    print("listcomp StopIteration propagates")
# async generators: StopAsyncIteration / StopIteration
async def ag():
    raise StopIteration
    yield
an = ag().__anext__()
try:
    an.send(None)
except RuntimeError as e:
    print("async gen RuntimeError", e)
# coroutine
async def co():
    raise StopIteration("in coro")
try:
    co().send(None)
except RuntimeError as e:
    print("coroutine RuntimeError", e)
# yield from a StopIteration-raising iterator's value is the result, not an error
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("val")
def g6():
    r = yield from It()
    yield r
print(list(g6()))
# StopIteration escaping __next__ of a class used in for is normal termination
class Three:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Three()), [x for x in Three()])
