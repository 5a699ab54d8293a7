# except* handlers and PEP 695 syntax inside coroutines
import sys
async def sub(x):
    return x * 2
async def main():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("awaited", await sub(e.exceptions[0].args[0]))
    except* TypeError:
        print("type")
    type A[T] = list[T]
    async def gen[T](x: T) -> T:
        return x
    print(await gen(5), A.__type_params__)
c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
