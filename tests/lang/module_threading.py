# threading: threads started, joined and synchronised through queues,
# events, locks, conditions, barriers, timers and thread-local data.
import threading, queue, time
out = []
def work(n):
    out.append(n * n)
ts = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), [t.is_alive() for t in ts])
q = queue.Queue()
res = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        res.append(item * 10)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(10): q.put(i)
for _ in ws: q.put(None)
q.join()
for w in ws: w.join()
print(sorted(res))
# daemon worker pattern
q2 = queue.Queue()
got = []
def dworker():
    while True:
        x = q2.get()
        got.append(x)
        q2.task_done()
threading.Thread(target=dworker, daemon=True).start()
for i in range(4): q2.put(i)
q2.join()
print(got)
ev = threading.Event()
seen = []
def waiter():
    ev.wait()
    seen.append('woke')
t = threading.Thread(target=waiter); t.start()
ev.set(); t.join(); print(seen)
lock = threading.Lock()
counter = [0]
def inc():
    for _ in range(1000):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter[0])
loc = threading.local()
loc.x = 'main'
def showloc():
    print('thread sees x:', hasattr(loc, 'x'))
    loc.x = 'thread'
t = threading.Thread(target=showloc); t.start(); t.join()
print(loc.x)
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError("bad")
t = threading.Thread(target=boom, name="B"); t.start(); t.join()
print(t.is_alive(), threading.current_thread().name, threading.active_count())
b = threading.Barrier(3)
order = []
def bw(i):
    order.append(('before', i))
    b.wait()
    order.append(('after', i))
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order))
cond = threading.Condition()
items = []
def consumer():
    with cond:
        cond.wait_for(lambda: items)
        print('consumed', items.pop())
t = threading.Thread(target=consumer); t.start()
with cond:
    items.append(42)
    cond.notify()
t.join()
tm = threading.Timer(0.01, lambda: print('timer fired')); tm.start(); tm.join()
sem = threading.BoundedSemaphore(2)
with sem: print(repr(sem)[:30].split(' at')[0])
try:
    sem.release()
except ValueError as e: print(e)
print(repr(threading.Thread(target=work)).split(',')[0].split('-')[0], threading.Thread(name='N').name)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
print(threading.main_thread() is threading.current_thread(), threading.main_thread().name,
      threading.current_thread().daemon, isinstance(threading.get_ident(), int))
lk = threading.Lock()
print(lk.acquire(), lk.acquire(blocking=False), lk.acquire(timeout=0.01), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print(e)
rl = threading.RLock()
with rl:
    with rl:
        print("reentered")
try:
    rl.release()
except RuntimeError as e:
    print(e)
e = threading.Event()
print(e.wait(0.01), e.is_set())
s = threading.Semaphore(0)
print(s.acquire(timeout=0.01), s.acquire(blocking=False))
def later():
    s.release()
threading.Thread(target=later).start()
print(s.acquire())
