# coroutine protocol errors and edge cases
async def simple(): return 42
c = simple()
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
c.close()
# await in a non-async function is a syntax error; 'await' outside function
for src in ["def f():\n    await x", "await x", "async def f():\n    yield from x", "async def f():\n    x = [(yield) for _ in y]",
            "def f():\n    async with x: pass", "def f():\n    async for x in y: pass", "async def f():\n    return (await x for x in y)"]:
    try:
        exec(src)
        print("ok:", src.splitlines()[-1].strip())
    except SyntaxError as e:
        print("SyntaxError", e.msg)
# __await__ returning a generator that yields values
class Awaitable:
    def __await__(self):
        yield 1
        yield 2
        return "done"
async def use():
    return await Awaitable()
u = use()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("result", e.value)
# __await__ as a generator function object attribute lookups
class NotIter:
    def __await__(self): return iter([1])
async def use2():
    return await NotIter()
u2 = use2()
print(u2.send(None))
try:
    u2.send(None)
except StopIteration as e:
    print("result", e.value)
# coroutine repr/names
async def named(): pass
n = named()
print(n.__name__, n.__qualname__, type(n).__name__, repr(n).startswith("<coroutine object named at"))
n.close()
# throw into a not-started coroutine
n = named()
try:
    n.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e)
print(n.cr_suspended)
