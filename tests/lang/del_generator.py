# A collected generator (or coroutine) suspended inside try/finally or
# with is closed, as CPython does: its finally blocks and __exit__ run.
import gc


def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)


def plain():
    yield 1
    yield 2


def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


class CM:
    def __enter__(self):
        return self

    def __exit__(self, tp, val, tb):
        print("exit", tp.__name__)
        return False


def withctx():
    with CM():
        yield 1


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


a = g("a")
next(a)
b = g("b")           # never started: nothing to clean up
c = plain()
next(c)
del a, b, c
gc.collect()
print("--")
x = bad()
next(x)
del x
gc.collect()
print("-- bad finished quietly")
z = withctx()
next(z)
del z
gc.collect()
print("--")
k = catcher()
next(k)
k = None
gc.collect()
print("--")
done = g("done")
for _ in done:
    pass
del done
gc.collect()
print("-- a finished generator has nothing to run")

# a generator that is part of a cycle
def selfref():
    me = yield
    try:
        yield 1
    finally:
        print("cycle cleanup", me is not None)


s = selfref()
next(s)
s.send(s)
del s
gc.collect()


# coroutines too
class Awaitable:
    def __await__(self):
        yield "suspended"


async def coro():
    try:
        await Awaitable()
    finally:
        print("coroutine cleanup")


co = coro()
print(co.send(None))
del co
gc.collect()

keep = g("kept until the end")
next(keep)
print("end")
