# Awaitables that are not coroutines: classes with __await__ returning an iterator.

class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def set(self, v):
        self.done = True
        self.result = v
    def __await__(self):
        while not self.done:
            yield self
        return self.result

class Immediate:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter([])      # finishes at once, result None

class ListAwaitable:
    def __await__(self):
        return iter(["x", "y"])

class Wrapping:
    """__await__ delegating to a coroutine's __await__."""
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def produce(fut):
    got = await fut
    return got * 2

fut = Future()
c = produce(fut)
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.set(21)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

async def uses_others():
    a = await Immediate(5)
    b = await ListAwaitable()
    c = await Wrapping(produce(done_future))
    return a, b, c

done_future = Future()
done_future.set(4)
co = uses_others()
print(co.send(None))
print(co.send(None))
try:
    co.send(None)
except StopIteration as e:
    print(e.value)

# a generator-based __await__ receiving sent values
class Echo:
    def __await__(self):
        total = 0
        while True:
            v = yield total
            if v is None:
                return total
            total += v

async def echo_user():
    return await Echo()

c = echo_user()
print(c.send(None), c.send(3), c.send(4))
try:
    c.send(None)
except StopIteration as e:
    print("echo total", e.value)

# throw reaches the generator inside __await__
class Guarded:
    def __await__(self):
        try:
            yield "guard"
        except KeyError:
            return "guard caught"

async def guarded():
    return await Guarded()

c = guarded()
print(c.send(None))
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)

# errors for things that cannot be awaited
class NotIter:
    def __await__(self):
        return 5

async def try_await(x):
    try:
        await x
    except TypeError as e:
        print("TypeError:", e)

for bad in (3, "s", None, NotIter(), [1]):
    try:
        try_await(bad).send(None)
    except StopIteration:
        pass
