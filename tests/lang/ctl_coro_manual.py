# coroutines driven by a hand-written loop
class Future:
    def __init__(self, name): self.name = name; self.result = None; self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.result
async def fetch(name, n):
    total = 0
    for i in range(n):
        f = Future(f"{name}-{i}")
        v = await f
        total += v
    return f"{name}:{total}"
async def main():
    a = await fetch("a", 2)
    b = await fetch("b", 3)
    return [a, b]
def run(coro):
    value = None
    steps = 0
    while True:
        try:
            fut = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        fut.result = len(fut.name)
        fut.done = True
        value = fut.result
print(run(main()))
# round-robin scheduler of several coroutines
def sched(*coros):
    queue = [(c, None) for c in coros]
    results = {}
    while queue:
        c, v = queue.pop(0)
        try:
            fut = c.send(v)
            queue.append((c, fut.name.upper()))
        except StopIteration as e:
            results[c.__name__] = e.value
    return results
class Sleep:
    def __init__(self, name): self.name = name
    def __await__(self):
        return (yield self)
async def worker(tag, n):
    out = []
    for i in range(n):
        out.append(await Sleep(f"{tag}{i}"))
    return out
print(sched(worker("x", 2), worker("y", 3)))
# coroutine attributes and states
async def simple(): return 1
c = simple()
print(type(c).__name__, c.cr_running, c.cr_await, c.__name__, c.__qualname__, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
# await on a non-awaitable
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)
class BadAwait:
    def __await__(self): return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError", e)
# throw and close into a suspended coroutine
async def guarded():
    try:
        await Sleep("g")
    except ValueError as e:
        return f"handled {e}"
g = guarded(); g.send(None)
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
g = guarded(); g.send(None); g.close()
print("closed", g.cr_suspended)
# coroutine wrapper __await__
async def inner(): return "inner"
w = inner().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print(e.value)
# awaiting a coroutine twice
async def once(): return 1
co = once()
async def twice():
    await co
    await co
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
