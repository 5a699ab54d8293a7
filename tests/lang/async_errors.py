# Error messages around coroutines and async syntax.

def check(src):
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

check("await x")
check("def f():\n    await x")
check("def f():\n    async for x in y: pass")
check("def f():\n    async with x: pass")
check("def f():\n    return [x async for x in y]")
check("def f():\n    return [await x for x in y]")
check("def f():\n    return (x async for x in y)")
check("async def f():\n    return [x async for x in y]")
check("async def f():\n    yield from x")
check("async def f():\n    yield 1\n    return 2")
check("async def f():\n    async for x in y: pass\n    async with z: pass")

async def f():
    return 1

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class A:
    def __await__(self):
        return 1

async def bad_awaits():
    for x in (1, A(), [], f):
        try:
            await x
        except TypeError as e:
            print("TypeError:", e)

run(bad_awaits())

# generators cannot yield from a coroutine
def gen():
    yield from coro

coro = f()
try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)
print(run(coro))
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    coro.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError:", e)
print(coro.close())

# the coroutine is already executing
async def reenter():
    me.send(None)

me = reenter()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

# async generator awaitables cannot be reused
async def ag():
    yield 1

async def reuse():
    g = ag()
    a = g.asend(None)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = g.aclose()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

run(reuse())

# types have the CPython names
async def agen():
    yield

g = agen()
c = f()
print(type(c).__name__, type(g).__name__, type(c.__await__()).__name__)
for aw in (g.asend(None), g.athrow(ValueError), g.aclose()):
    print(type(aw).__name__)
    aw.close()
c.close()
