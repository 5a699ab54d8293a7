# async for over classes with __aiter__/__anext__.

class Tick:
    def __await__(self):
        yield "tick"

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return ticks, e.value

async def collect(n):
    out = []
    async for x in Counter(n):
        out.append(x)
    return out

print(run(collect(4)))
print(run(collect(0)))

async def with_else():
    async for x in Counter(2):
        print("item", x)
    else:
        print("else ran")
    async for x in Counter(5):
        if x == 3:
            print("break at", x)
            break
        if x == 1:
            continue
        print("body", x)
    else:
        print("not reached")
    return "done"

print(run(with_else()))

# return from inside async for
async def find(n, target):
    async for x in Counter(n):
        if x == target:
            return "found %d" % x
    return "missing"

print(run(find(5, 3)), run(find(2, 9)))

# __anext__ returning a plain awaitable (not a coroutine)
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        if False:
            yield
        return self.v

class Manual:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Ready(self.items.pop(0))

async def manual():
    return [x async for x in Manual("abc")]

print(run(manual()))

# exceptions from the body and from __anext__ propagate
class Exploding:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from anext")

async def explode():
    try:
        async for x in Exploding():
            pass
    except KeyError as e:
        print("KeyError", e)
    try:
        async for x in Counter(3):
            raise ValueError(x)
    except ValueError as e:
        print("ValueError", e)

run(explode())

# nested async for, and a try/finally around it
async def nested():
    pairs = []
    try:
        async for a in Counter(2):
            async for b in Counter(2):
                pairs.append((a, b))
    finally:
        pairs.append("fin")
    return pairs

print(run(nested()))

# the loop variable is any target
async def unpack():
    out = []
    async for i, c in Manual([(1, "a"), (2, "b")]):
        out.append(c * i)
    return out

print(run(unpack()))

# protocol errors
class NoAnext:
    def __aiter__(self):
        return 1

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def errors():
    for obj in (5, NoAnext(), BadAnext()):
        try:
            async for x in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

run(errors())
