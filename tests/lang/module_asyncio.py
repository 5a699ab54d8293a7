import asyncio

async def worker(name, delay, log):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} end')
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(worker('a', 0.02, log), worker('b', 0.01, log), worker('c', 0, log))
    print(results, log)
    t = asyncio.create_task(worker('t', 0.01, log))
    print(t.done(), await t, t.done(), t.result())
    async def boom():
        await asyncio.sleep(0)
        raise ValueError('bad')
    print(await asyncio.gather(boom(), worker('d', 0, log), return_exceptions=True))
    try:
        await asyncio.gather(boom(), worker('e', 0, log))
    except ValueError as e:
        print('gather raised', e)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError:
        print('timed out')
    print(await asyncio.wait_for(worker('w', 0, log), timeout=1))
    async def forever():
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print('cancelled inside')
            raise
    f = asyncio.create_task(forever())
    await asyncio.sleep(0)
    f.cancel()
    try:
        await f
    except asyncio.CancelledError:
        print('task cancelled', f.cancelled())
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
            q.task_done()
        q.task_done()
        return got
    print(await asyncio.gather(producer(), consumer()))
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*ws))
    lock = asyncio.Lock()
    order = []
    async def crit(n):
        async with lock:
            order.append(f'in{n}')
            await asyncio.sleep(0)
            order.append(f'out{n}')
    await asyncio.gather(crit(1), crit(2))
    print(order)
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active)
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print('max concurrency', active[1])
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('g1', 0, log))
        t2 = tg.create_task(worker('g2', 0, log))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom())
            tg.create_task(asyncio.sleep(1))
    except* ValueError as eg:
        print('taskgroup', repr(eg.exceptions))
    done, pending = await asyncio.wait([asyncio.create_task(worker('x', 0.01, log)), asyncio.create_task(asyncio.sleep(5))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    for coro in asyncio.as_completed([worker('s', 0.02, log), worker('f', 0.01, log)]):
        print('completed', await coro)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout block')
    print(asyncio.current_task().get_name() != '', isinstance(asyncio.current_task(), asyncio.Task))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'from callback')
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, 'later')
    print(await fut2)
    return 'main done'

print(asyncio.run(main()))
async def nested():
    coro = asyncio.sleep(0)
    try:
        return asyncio.run(coro)
    finally:
        coro.close()
try:
    asyncio.run(nested())
except RuntimeError as e:
    print(e)
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
c = main()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(c))
c.close()
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
f = asyncio.Future(loop=asyncio.new_event_loop())
print(f.done(), repr(f))
f.set_result(3)
print(f.result(), repr(f))
try:
    f.set_result(4)
except asyncio.InvalidStateError:
    print('invalid state')
print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
with asyncio.Runner() as runner:
    print(runner.run(worker('r', 0, [])))
