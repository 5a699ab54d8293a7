# expect: exception RuntimeError
# stderr-contains: Thread.join() would block forever
# sandbox: CPython waits forever here (the thread waits for an event nobody
# sets); asp runs one thread at a time, ends the waiting thread and says so
# in the main thread instead of hanging
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join()
