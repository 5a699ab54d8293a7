# Async comprehensions and await inside comprehensions.

class Tick:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "tick"
        return self.v

def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return n, e.value

async def agen(n):
    for i in range(n):
        await Tick(None)
        yield i

async def double(x):
    return await Tick(x * 2)

async def comps():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([x async for x in agen(6) if x % 2])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in agen(2)])
    print([await double(x) async for x in agen(3)])
    print([[y async for y in agen(x)] async for x in agen(3)])
    return "done"

print(run(comps()))

# an async generator expression is an async generator
async def genexp():
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    out = []
    async for v in g:
        out.append(v)
    print(out)
    g2 = (await double(x) for x in range(3))
    print(type(g2).__name__)
    print([v async for v in g2])

run(genexp())

# exceptions inside async comprehensions
async def failing():
    try:
        [1 / x async for x in agen(3)]
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

run(failing())

# comprehension variables do not leak
async def scope():
    x = "outer"
    _ = [x async for x in agen(2)]
    return x

print(run(scope()))
