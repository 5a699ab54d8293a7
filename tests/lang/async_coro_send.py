# Coroutine objects driven by hand: send(None), StopIteration.value, throw, close.

async def answer():
    return 42

c = answer()
print(type(c).__name__, repr(c).startswith("<coroutine object answer at 0x"))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_code.co_name if hasattr(c.cr_code, "co_name") else "?")
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Suspend:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got

async def two_steps(x):
    a = await Suspend(x)
    b = await Suspend(x * 2)
    return a + b

c = two_steps(5)
print(c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)

# throw into a suspended coroutine, caught inside
async def catcher():
    try:
        await Suspend("waiting")
    except ValueError as e:
        return "caught " + str(e)

c = catcher()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

# throw not caught
c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)

# close runs finally blocks
async def closer():
    try:
        await Suspend(1)
    finally:
        print("finally ran")

c = closer()
c.send(None)
print(c.close())
print(c.close())

# a just-started coroutine rejects a non-None value
c = answer()
try:
    c.send(3)
except TypeError as e:
    print("TypeError:", e)
c.close()

# coroutines are not iterable
c = answer()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()

# StopIteration raised inside becomes RuntimeError
async def bad():
    raise StopIteration(1)
try:
    bad().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# __await__ returns a wrapper iterator
c = two_steps(1)
w = c.__await__()
print(type(w).__name__, next(w), w.send(7))
try:
    w.send(8)
except StopIteration as e:
    print("wrapper result", e.value)
