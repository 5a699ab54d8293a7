# async with: __aenter__/__aexit__ awaited, exception suppression, unwinding.

class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return n, e.value

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def basic():
    async with Manager("a") as v:
        print("body", v)
    return "after"

print(run(basic()))

async def suppressing():
    async with Manager("s", suppress=True):
        raise ValueError("hidden")
    print("continued")
    try:
        async with Manager("p"):
            raise KeyError("visible")
    except KeyError as e:
        print("propagated", e)

print(run(suppressing()))

async def multiple():
    async with Manager("x") as a, Manager("y") as b:
        print("inner", a, b)

run(multiple())

async def early_return():
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
            if i == 0:
                continue
    async with Manager("ret") as v:
        return v

print(run(early_return()))

# plain (non-coroutine) __aexit__ returning an awaitable
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter([])

class Plain:
    def __aenter__(self):
        return Ready(1)
    def __aexit__(self, *args):
        print("plain exit", args[0])
        return Ready(None)

async def plain():
    async with Plain() as v:
        print("plain value", v)

run(plain())

# async with inside try/finally, with the exception seen by __aexit__
async def in_try():
    try:
        async with Manager("t"):
            1 / 0
    except ZeroDivisionError:
        print("caught ZeroDivisionError")
    finally:
        print("finally")

run(in_try())

# protocol errors
class OnlyEnter:
    async def __aenter__(self):
        return 1

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1

async def errors():
    for m in (None, OnlyEnter(), BadEnter(), BadExit()):
        try:
            async with m:
                pass
        except TypeError as e:
            print("TypeError:", e)

run(errors())

# a sync context manager is not an async one
class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def sync_cm():
    try:
        async with Sync():
            pass
    except TypeError as e:
        print("TypeError:", e)

run(sync_cm())
