# The aiter() and anext() builtins.

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

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Countdown(2))
    print(await anext(c), await anext(c, "d"), await anext(c, "d"), await anext(c, None))
    a = anext(agen(1), "x")
    print(type(a).__name__)
    print(await a)
    results = []
    g = agen(3)
    while (v := await anext(g, None)) is not None:
        results.append(v)
    print(results)

run(main())

for bad in (lambda: aiter(3), lambda: anext(3), lambda: aiter(type("A", (), {"__aiter__": lambda self: 1})())):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
