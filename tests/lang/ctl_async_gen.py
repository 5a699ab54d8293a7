# async generators: asend/athrow/aclose driven by hand
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        x = yield 1
        print("agen got", x)
        yield 2
    except KeyError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")
a = agen()
print(drive(a.__anext__()))
print(drive(a.asend("sent")))
try:
    drive(a.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
a = agen()
drive(a.asend(None))
print(drive(a.athrow(KeyError("k"))))
print(drive(a.aclose()))
a = agen()
drive(a.__anext__())
try:
    drive(a.athrow(ValueError("v")))
except ValueError as e:
    print("ValueError", e)
print(drive(a.aclose()))
# aclose on an unstarted / finished generator
print(drive(agen().aclose()))
# yielding during aclose -> RuntimeError
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError", e)
# async for with hand loop
async def count(n):
    for i in range(n):
        yield i
async def consume():
    out = []
    async for v in count(4):
        out.append(v)
    out2 = [v async for v in count(3)]
    return out, out2
print(drive(consume()))
# attributes
g = count(1)
print(type(g).__name__, g.ag_running, g.__name__, g.ag_await, g.ag_code.co_name)
# __anext__ awaitable reuse
an = count(2).__anext__()
try:
    an.send(None)
except StopIteration as e:
    print("first", e.value)
try:
    an.send(None)
except StopIteration as e:
    print("reuse", e.value)
except RuntimeError as e:
    print("RuntimeError", e)
# athrow with type only
async def simple():
    yield 1
s = simple()
drive(s.__anext__())
try:
    drive(s.athrow(IndexError))
except IndexError as e:
    print("IndexError", type(e).__name__)
# return with value in async generator is syntax error
try:
    exec("async def f():\n    yield 1\n    return 2")
except SyntaxError as e:
    print("SyntaxError", e.msg)
# StopAsyncIteration raised inside becomes RuntimeError
async def raises_sai():
    raise StopAsyncIteration
    yield
try:
    drive(raises_sai().__anext__())
except RuntimeError as e:
    print("RuntimeError", e)
# await inside async generator
class Step:
    def __await__(self):
        v = yield "step"
        return v
async def mixed():
    v = await Step()
    yield v
m = mixed()
aw = m.__anext__()
print(aw.send(None))
try:
    aw.send("resumed")
except StopIteration as e:
    print("yielded", e.value)
