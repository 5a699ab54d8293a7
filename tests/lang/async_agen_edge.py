# Edge cases: throw into a fresh coroutine, generators are not awaitable, async generator re-entry, asend/athrow errors.
class Tick:
    def __await__(self):
        yield "tick"
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def f():
    await Tick()
    return 1
c = f()
try: c.throw(ValueError("early"))
except ValueError as e: print("ValueError", e)
try: c.send(None)
except RuntimeError as e: print(e)
def g(): yield 1
async def aw_gen():
    try: await g()
    except TypeError as e: print(e)
run(aw_gen())
async def ag():
    await Tick()
    yield 1
async def dbl():
    x = ag()
    a1 = x.__anext__()
    a1.send(None)
    a2 = x.__anext__()
    try: a2.send(None)
    except RuntimeError as e: print(e)
    try: await x.aclose()
    except RuntimeError as e: print(e)
    a3 = x.athrow(ValueError)
    try: a3.send(None)
    except RuntimeError as e: print(e)
    try: print(a1.send(None))
    except StopIteration as e: print("a1 done", e.value)
run(dbl())
async def agx():
    try:
        yield 1
    finally:
        print("agx fin")
async def usex():
    g = agx()
    await g.asend(None)
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow propagated", e)
    print(await g.asend(None) if False else "skip")
run(usex())
async def send_non_none():
    g = agx()
    try:
        await g.asend(5)
    except TypeError as e:
        print(e)
run(send_non_none())
c = f()
print(c.cr_running, c.cr_await)
c.send(None)
print(type(c.cr_await).__name__)
print(c.close(), c.cr_await)
