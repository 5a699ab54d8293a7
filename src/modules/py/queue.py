"""queue: FIFO, LIFO and priority queues (asp's own implementation in
Python).

asp runs one thread at a time.  A get() on an empty queue, a put() on a
full one or a join() with unfinished tasks lets the threads started and not
yet run (threading's queue of them) run first; if they do not change the
queue:
- with block=False, or with a timeout, get()/put() raise Empty/Full at once
  (CPython would first wait out the timeout, but nothing could change the
  queue meanwhile);
- without a timeout the wait would last forever: in the main thread that
  raises RuntimeError ("... would block forever ...") instead of hanging,
  and in another thread it ends that thread (see threading).
The ShutDown protocol of 3.13 (shutdown(immediate=...)) is supported.
"""

import sys as _sys
import types as _types

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class ShutDown(Exception):
    '''Raised when put/get with shut-down queue.'''


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait(ready, what, timeout=None):
    """True once ready() holds; False if it cannot and a timeout was given."""
    threading = _sys.modules.get('threading')
    if threading is not None:
        return threading._wait_for(ready, what, timeout)
    if ready():
        return True
    if timeout is not None:
        return False
    raise RuntimeError("%s would block forever: asp runs a single thread, "
                       "so nothing else can change the queue" % what)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        _wait(lambda: not self.unfinished_tasks, "Queue.join() with unfinished tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.is_shutdown:
            raise ShutDown
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            _check_timeout(timeout)
            if not _wait(lambda: self._qsize() < self.maxsize or self.is_shutdown,
                         "Queue.put() on a full queue", timeout):
                raise Full
            if self.is_shutdown:
                raise ShutDown
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if self.is_shutdown and not self._qsize():
            raise ShutDown
        if not self._qsize():
            if not block:
                raise Empty
            _check_timeout(timeout)
            if not _wait(lambda: self._qsize() or self.is_shutdown,
                         "Queue.get() on an empty queue", timeout):
                raise Empty
            if not self._qsize():
                raise ShutDown
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def shutdown(self, immediate=False):
        self.is_shutdown = True
        if immediate:
            while self._qsize():
                self._get()
                if self.unfinished_tasks > 0:
                    self.unfinished_tasks -= 1

    # the storage hooks subclasses override
    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        import heapq
        heapq.heappush(self.queue, item)

    def _get(self):
        import heapq
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __init__(self):
        from collections import deque
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            _check_timeout(timeout)
            if not _wait(lambda: self._queue, "SimpleQueue.get() on an empty queue", timeout):
                raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    __class_getitem__ = classmethod(_types.GenericAlias)


SimpleQueue.__module__ = '_queue'
