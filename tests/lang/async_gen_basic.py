# Async generators: __aiter__/__anext__, asend, athrow, aclose.

class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def agen(n):
    for i in range(n):
        await Tick()
        yield i
    print("agen finished")

g = agen(2)
print(type(g).__name__, repr(g).startswith("<async_generator object agen at 0x"))
print(g.__aiter__() is g, g.ag_running)

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

print(run(consume()))

# driving __anext__ by hand
g = agen(1)
a = g.__anext__()
print(type(a).__name__)
print(a.send(None))            # the await inside passes out
try:
    a.send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
b = g.__anext__()
try:
    b.send(None)
    b.send(None)
except StopAsyncIteration:
    print("StopAsyncIteration")

# asend
async def accumulator():
    total = 0
    while True:
        got = yield total
        if got is None:
            return
        total += got

async def use_asend():
    g = accumulator()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(7))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("accumulator done")

run(use_asend())

# athrow
async def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "recovered from %s" % e

async def use_athrow():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("fatal"))
    except KeyError as e:
        print("KeyError", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed after error")

run(use_athrow())

# aclose runs finally blocks; closing again is fine
async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

async def use_aclose():
    g = with_finally()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = with_finally()
    print(await g2.aclose())

run(use_aclose())

# an async generator ignoring GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def use_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

run(use_stubborn())

# StopAsyncIteration raised inside becomes RuntimeError
async def raises_sai():
    yield 1
    raise StopAsyncIteration

async def use_raises():
    try:
        async for x in raises_sai():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e)

run(use_raises())

# break out of async for over an async generator, then aclose it
async def early_exit():
    g = agen(10)
    async for v in g:
        if v == 2:
            break
    await g.aclose()
    return v

print(run(early_exit()))
