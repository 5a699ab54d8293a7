# the interleaving of tasks, as CPython's scheduler orders it
import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name

async def chatty(name):
    print(name, 'a')
    await asyncio.sleep(0)
    print(name, 'b')
    await asyncio.sleep(0)
    print(name, 'c')

async def main():
    await asyncio.gather(chatty('x'), chatty('y'), chatty('z'))
    t1 = asyncio.create_task(chatty('p'))
    t2 = asyncio.create_task(chatty('q'))
    print('created')
    await asyncio.sleep(0)
    print('after one yield')
    await t1
    await t2
    print(await asyncio.gather(ticker('one', 3, 0), ticker('two', 2, 0)))
    fut = asyncio.get_running_loop().create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print('callback', i, f.result()))
    fut.set_result('R')
    print('set')
    await asyncio.sleep(0)
    print('after callbacks')
    async def inner():
        print('inner start')
        return 5
    print('await coroutine directly', await inner())
    tasks = [asyncio.create_task(chatty(f't{i}')) for i in range(3)]
    tasks[1].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
