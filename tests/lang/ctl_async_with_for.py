# async with / async for protocol details, driven by hand
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class ACM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("aenter", self.name); return self.name
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with ACM("a") as v:
        print("body", v)
    async with ACM("b", True):
        raise ValueError("suppressed")
    try:
        async with ACM("c"):
            raise KeyError("k")
    except KeyError:
        print("propagated")
    async with ACM("x") as x, ACM("y") as y:
        print(x, y)
    return "done"
print(drive(main()))
# errors
class NoAexit:
    async def __aenter__(self): pass
class Sync:
    def __enter__(self): pass
    def __exit__(self, *a): pass
class BadEnter:
    def __aenter__(self): return 5
    async def __aexit__(self, *a): pass
async def use(obj):
    async with obj:
        pass
for o in [NoAexit(), Sync(), BadEnter(), 5]:
    try:
        drive(use(o))
    except TypeError as e:
        print("TypeError", e)
# async for
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def loop():
    out = []
    async for v in Counter(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Counter(5):
        if v == 2: continue
        if v == 4: break
        out.append(v)
    else:
        out.append("not reached")
    return out
print(drive(loop()))
class NoAiter: pass
class BadAiter:
    def __aiter__(self): return 5
class SyncAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def iterate(o):
    async for _ in o:
        pass
for o in [NoAiter(), BadAiter(), SyncAnext(), [1]]:
    try:
        drive(iterate(o))
    except TypeError as e:
        print("TypeError", e)
# async for over async generator with early break closes? (aclose not auto-called)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def partial():
    g = agen()
    async for v in g:
        break
    print("broke out")
    await g.aclose()
drive(partial())
# aiter()/anext() builtins
async def use_builtins():
    it = aiter(Counter(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stopped"
    return a, b, c, d
print(drive(use_builtins()))
try:
    aiter(5)
except TypeError as e:
    print("TypeError", e)
try:
    anext(5)
except TypeError as e:
    print("TypeError", e)
