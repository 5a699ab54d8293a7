# exceptions and values through chains of awaits, driven by hand
class Suspend:
    def __init__(self, tag): self.tag = tag
    def __await__(self):
        sent = yield self.tag
        return sent
async def leaf(n):
    v = await Suspend(f"leaf{n}")
    if v == "raise":
        raise ValueError(f"leaf{n} failed")
    return f"leaf{n}:{v}"
async def middle():
    try:
        a = await leaf(1)
        b = await leaf(2)
        return [a, b]
    except ValueError as e:
        return f"middle caught {e}"
    finally:
        print("middle finally")
async def top():
    r = await middle()
    return "top got " + str(r)
def run(coro, replies):
    out = []
    try:
        val = coro.send(None)
        while True:
            out.append(val)
            val = coro.send(replies.pop(0))
    except StopIteration as e:
        out.append(("result", e.value))
    return out
print(run(top(), ["x", "y"]))
print(run(top(), ["x", "raise"]))
# throw into a deep await chain
c = top()
print(c.send(None))
try:
    print(c.throw(KeyError("thrown")))
except KeyError as e:
    print("KeyError propagated", e)
c = top()
c.send(None)
try:
    c.throw(ValueError("thrown value"))
except StopIteration as e:
    print("handled inside:", e.value)
# close a suspended chain
c = top(); c.send(None); c.close()
print("closed")
# cr_await shows what is awaited
c = top(); c.send(None)
print(type(c.cr_await).__name__)
c.close()
# awaiting an already-running coroutine raises
async def selfawait():
    await me
me = selfawait()
try:
    me.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
# StopIteration raised inside a coroutine becomes RuntimeError
async def stopper():
    raise StopIteration("x")
try:
    stopper().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
# return value of awaiting a coroutine that returns a tuple / None
async def tup(): return (1, 2)
async def none(): pass
async def collect():
    return await tup(), await none()
print(run(collect(), []))
