# await chains: coroutines awaiting coroutines, driven by a tiny event loop.

class Yield:
    """Suspends the whole chain once, handing tag to the loop."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

def run(coro):
    steps = []
    while True:
        try:
            steps.append(coro.send(None))
        except StopIteration as e:
            return steps, e.value

async def leaf(n):
    await Yield("leaf%d" % n)
    return n * 10

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    return total

print(run(top()))

# deep recursion through await
async def depth(n):
    if n == 0:
        await Yield("bottom")
        return 0
    return 1 + await depth(n - 1)

print(run(depth(50)))

# exceptions propagate up the chain with the awaits in between
async def failing():
    await Yield("about to fail")
    raise ValueError("deep failure")

async def handler():
    try:
        await failing()
    except ValueError as e:
        return "handled: %s" % e

print(run(handler()))

# a round-robin scheduler over several coroutines
async def worker(name, n):
    for i in range(n):
        await Yield(None)
        print(name, "step", i)
    return name + " done"

def round_robin(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[e.value] = True
    return sorted(results)

print(round_robin([worker("a", 2), worker("b", 3), worker("c", 1)]))

# awaiting the same coroutine twice
async def once():
    return 1

async def twice():
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

run(twice())

# a coroutine awaiting itself while running
async def selfish():
    await me

me = selfish()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)
me.close()

# cr_await shows what a suspended coroutine waits on
async def waiter():
    await leaf(1)

w = waiter()
w.send(None)
print(type(w.cr_await).__name__)
w.close()
