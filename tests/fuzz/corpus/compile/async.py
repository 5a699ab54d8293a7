async def g(xs):
    async with a as b:
        async for x in xs:
            await x
    return [y async for y in xs]
def gen():
    x = yield 1
    yield from x
    return (z for z in x)
type Alias[T: int, *Ts, **P] = list[T]
def generic[T](a: T) -> T: return a
f"{a!r:>{w}} {b=} {c:{d}.{e}}"
