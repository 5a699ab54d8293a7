# Exception state per coroutine, await in finally during aclose, return through async with.
import sys
class Tick:
    def __await__(self):
        yield "tick"
def run(coro):
    n = 0
    while True:
        try:
            coro.send(None); n += 1
        except StopIteration as e:
            return n, e.value
async def exc_info_across_await():
    try:
        raise ValueError("v")
    except ValueError:
        await Tick()
        print("in handler", sys.exc_info()[0].__name__)
    print("after", sys.exc_info()[0])
async def other():
    print("other sees", sys.exc_info()[0])
    await Tick()
def interleave():
    a = exc_info_across_await(); b = other()
    a.send(None); b.send(None)
    for c in (a, b):
        try: c.send(None)
        except StopIteration: pass
interleave()
async def ag():
    try:
        yield 1
        yield 2
    finally:
        await Tick()
        print("async cleanup")
async def use():
    g = ag()
    print(await g.__anext__())
    await g.aclose()
    print("closed")
print(run(use()))
async def agen_await_in_loop():
    async def inner():
        for i in range(3):
            await Tick()
            yield i
    return [x async for x in inner()]
print(run(agen_await_in_loop()))
async def ret_in_with():
    class M:
        async def __aenter__(self): return self
        async def __aexit__(self, *a):
            await Tick(); print("exit", a[0]); return False
    for i in range(2):
        async with M():
            try:
                return i
            finally:
                print("fin")
print(run(ret_in_with()))
async def ag2():
    yield 1
g = ag2()
import_ok = True
async def lam():
    f = lambda: (await_ for await_ in range(2))
    return list(f())
print(run(lam()))
async def gen_in_coro():
    def g():
        yield 1
    return list(g())
print(run(gen_in_coro()))
async def nested_def():
    async def helper(x):
        await Tick()
        return x + 1
    return await helper(1) + await helper(2)
print(run(nested_def()))
print(ag2.__name__, type(ag2).__name__)
c = nested_def()
print(c.cr_await, c.cr_running)
c.send(None)
print(type(c.cr_await).__name__)
c.close()

# plain generators keep their handled exception to themselves too
def gen():
    try:
        raise KeyError("g")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = gen()
print(next(g), sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    print(next(g), sys.exc_info()[0].__name__)
    print(next(g))
