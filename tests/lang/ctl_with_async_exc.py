# exceptions across async with / async for / awaits, driven by hand
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class Res:
    def __init__(self, name, fail_exit=False): self.name, self.fail_exit = name, fail_exit
    async def __aenter__(self):
        print("open", self.name); return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        if self.fail_exit: raise RuntimeError("exit failed " + self.name)
        return False
async def main():
    try:
        async with Res("a"), Res("b"):
            raise ValueError("body")
    except ValueError as e:
        print("caught", e)
    try:
        async with Res("c", fail_exit=True):
            raise KeyError("k")
    except RuntimeError as e:
        print("RuntimeError", e, "context:", type(e.__context__).__name__)
    async def agen():
        try:
            yield 1
            raise IndexError("from agen")
        finally:
            print("agen finally")
    try:
        async for v in agen():
            print("v", v)
    except IndexError as e:
        print("IndexError", e)
    return "main done"
print(drive(main()))
# exception thrown into a coroutine waiting inside async with
class Wait:
    def __await__(self):
        yield "waiting"
async def waiter():
    async with Res("w"):
        await Wait()
c = waiter()
print(c.send(None))
try:
    c.throw(TimeoutError("took too long"))
except TimeoutError as e:
    print("TimeoutError", e)
# close() of a coroutine inside async with runs __aexit__
c = waiter()
c.send(None)
c.close()
print("closed")
