# concurrent.futures: futures, thread and process pool executors, as_completed, wait.
from concurrent.futures import Future, ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import concurrent.futures as cf
import threading, queue
f = Future(); print(repr(f).split(' at ')[0], f.done(), f.running())
f.set_result(3); print(repr(f).split(' at ')[0], repr(f).split('state=')[1], f.result())
f2 = Future(); f2.set_exception(ValueError('x')); print(repr(f2).split('state=')[1], repr(f2.exception()))
f3 = Future(); print(f3.cancel(), f3.cancelled(), repr(f3).split('state=')[1])
try: f3.result()
except cf.CancelledError as e: print('cancelled', repr(e))
try: Future().result(timeout=0)
except TimeoutError as e: print('timeout', repr(e), cf.TimeoutError is TimeoutError)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda x: x * 2, [1, 2, 3])))
    fs = [ex.submit(pow, 2, i) for i in range(4)]
    print(sorted(f.result() for f in as_completed(fs)))
    d = wait(fs); print(type(d).__name__, len(d.done), len(d.not_done))
    bad = ex.submit(int, "x")
    try:
        bad.result()
    except ValueError as e:
        print("ValueError", e)
    print(type(bad.exception()).__name__)
try: ex.submit(print)
except RuntimeError as e: print(e)
print(cf.InvalidStateError.__mro__[1].__name__, cf.BrokenExecutor.__mro__[1].__name__)
f4 = Future(); f4.set_result(1)
try: f4.set_result(2)
except cf.InvalidStateError as e: print(str(e).split(' at ')[0])
with ThreadPoolExecutor(thread_name_prefix='w') as e2:
    print(e2.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(max_workers=3) as e3:
    names = [e3.submit(lambda: threading.current_thread().name).result() for _ in range(4)]
    print([n.split('_')[-1] for n in names])
results = {}
def task(n):
    results[n] = sum(range(n))
    return n
with ThreadPoolExecutor(4) as e4:
    futs = {e4.submit(task, n): n for n in (10, 20, 30)}
    for fut in as_completed(futs):
        assert fut.result() == futs[fut]
print(sorted(results.items()))
calls = []
f5 = Future(); f5.add_done_callback(lambda f: calls.append(f.result())); f5.set_result('cb')
print(calls)
with ProcessPoolExecutor() as pe:
    print(list(pe.map(abs, [-1, -2])))
q = queue.Queue()
def producer():
    for i in range(3): q.put(i)
    q.put(None)
def consumer():
    out = []
    while (x := q.get()) is not None: out.append(x)
    return out
with ThreadPoolExecutor(2) as e5:
    c = e5.submit(consumer)
    e5.submit(producer)
    print(c.result())
d2 = wait([Future()], timeout=0)
print(len(d2.done), len(d2.not_done))
e6 = ThreadPoolExecutor(1)
fa = e6.submit(lambda: 1); fb = e6.submit(lambda: 2)
print(fb.cancel(), fa.result(), fb.cancelled())
e6.shutdown()
