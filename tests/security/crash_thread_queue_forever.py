# expect: exception RuntimeError
# stderr-contains: Queue.get() on an empty queue would block forever
# sandbox: CPython waits forever for an item no thread will put; asp lets
# the queued threads run first, then raises instead of hanging
import queue
import threading
q = queue.Queue()
def worker():
    q.put(1)
threading.Thread(target=worker).start()
print(q.get())
q.get()
