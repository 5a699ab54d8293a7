# decimal: the current context is per thread and per asyncio task.
import threading, asyncio
from decimal import *
getcontext().prec = 5
res = []
def work():
    res.append(getcontext().prec)
    getcontext().prec = 3
    res.append(str(Decimal(1) / 7))
t = threading.Thread(target=work); t.start(); t.join()
print(res, getcontext().prec, Decimal(1) / 7)
async def task(p):
    with localcontext(prec=p):
        await asyncio.sleep(0)
        return str(Decimal(1) / 7)
async def main():
    return await asyncio.gather(task(2), task(4), task(6))
print(asyncio.run(main()), Decimal(1) / 7)
