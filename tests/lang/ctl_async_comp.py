# async comprehensions and await inside comprehensions
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3)}
    c = {x % 2 async for x in agen(5)}
    d = [await double(x) for x in range(3)]
    e = [await double(x) async for x in agen(3) if x != 1]
    f = [y async for x in agen(3) for y in range(x)]
    g = [x async for x in agen(6) if x % 2 async for _ in agen(1)] if False else None
    nested = [[z async for z in agen(x)] async for x in agen(3)]
    gen = (x * 10 async for x in agen(3))
    h = [v async for v in gen]
    return a, b, c, d, e, f, nested, h, type(gen).__name__
for part in drive(main()):
    print(part)
# async generator expression outside async function
def outside():
    return (x async for x in agen(2))
ge = outside()
print(type(ge).__name__)
async def consume(ge):
    return [x async for x in ge]
print(drive(consume(ge)))
# async comprehension in sync function is a syntax error
for src in ["def f():\n    return [x async for x in y]", "def f():\n    return [await x for x in y]",
            "[x async for x in y]"]:
    try:
        exec(src)
        print("accepted")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
# exceptions inside async comprehension propagate
async def failing():
    yield 1
    raise ValueError("inside agen")
async def use_failing():
    try:
        return [x async for x in failing()]
    except ValueError as e:
        return "caught " + str(e)
print(drive(use_failing()))
# comprehension variable does not leak
async def leak():
    [q async for q in agen(2)]
    try:
        return q
    except NameError as e:
        return "NameError"
print(drive(leak()))
