# async generator aclose()/athrow() interplay with finally and await, by hand
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    try:
        yield 1
        await Tick()
        yield 2
    finally:
        print("cleanup start")
        await Tick()
        print("cleanup end")
g = agen()
print(drive(g.__anext__()))
print(drive(g.aclose()))
print("closed; anext now:")
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
# athrow handled inside, generator continues
async def resilient():
    while True:
        try:
            yield "value"
        except ValueError as e:
            print("handled", e)
r = resilient()
print(drive(r.__anext__()))
print(drive(r.athrow(ValueError("v1"))))
print(drive(r.athrow(ValueError("v2"))))
try:
    drive(r.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError escaped", e)
# aclose on generator that yields in finally -> RuntimeError
async def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad()
drive(b.__anext__())
try:
    drive(b.aclose())
except RuntimeError as e:
    print("RuntimeError", e)
# asend values
async def echo():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    print("received", received)
e = echo()
print(drive(e.asend(None)), drive(e.asend("a")), drive(e.asend("b")))
try:
    drive(e.asend("c"))
except StopAsyncIteration:
    print("echo finished")
