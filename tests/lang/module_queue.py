# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full, ShutDown
# (asp runs one thread: blocking forever raises RuntimeError, tested apart
# from CPython since CPython would hang)
import queue

print(queue.Empty, queue.Full, queue.ShutDown, queue.SimpleQueue, queue.Queue)
print(sorted(queue.__all__))
print(queue.Queue[int], queue.SimpleQueue[int], queue.LifoQueue[str])

def attempt(f, *a, **k):
    try:
        return f(*a, **k)
    except (queue.Empty, queue.Full, queue.ShutDown, ValueError) as e:
        return "%s%r" % (type(e).__name__, e.args)

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.empty())
print(attempt(q.get_nowait), attempt(q.get, False), attempt(q.get, timeout=0),
      attempt(q.get, True, 0.0), attempt(q.get, timeout=-1))
for _ in range(5):
    q.task_done()
print(q.unfinished_tasks, attempt(q.task_done))
q.join()
print("joined")

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize(), attempt(b.put_nowait, "c"), attempt(b.put, "c", False),
      attempt(b.put, "c", timeout=0), attempt(b.put, "c", timeout=-5))
print(b.get(), b.full())

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)], attempt(lq.get_nowait))

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(5)])
pq2 = queue.PriorityQueue(maxsize=1)
pq2.put(5)
print(attempt(pq2.put_nowait, 1))

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
print(attempt(sq.get_nowait), attempt(sq.get, False), attempt(sq.get, timeout=0),
      attempt(sq.get, timeout=-1))

# shutdown (3.13)
s = queue.Queue()
s.put(1)
s.put(2)
s.shutdown()
print(s.is_shutdown, attempt(s.put, 3), s.get(), s.get(), attempt(s.get), attempt(s.get_nowait))
s2 = queue.Queue()
s2.put(1)
s2.put(2)
s2.shutdown(immediate=True)
print(s2.qsize(), s2.unfinished_tasks, attempt(s2.get))
s2.join()
print("joined after shutdown")

# a subclass overriding the storage hooks
class Reversed(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)
    def _qsize(self):
        return len(self.queue)

rq = Reversed()
for i in range(3):
    rq.put(i)
print([rq.get() for _ in range(3)])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception),
      issubclass(queue.ShutDown, Exception))
