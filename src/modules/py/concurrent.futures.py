"""concurrent.futures: Future, ThreadPoolExecutor and ProcessPoolExecutor
over threading's one-at-a-time threads (a realm runs one thread of Python
and starts no processes; see docs/decisions/threads.md).

A submitted call is queued like a started thread: it runs, to its end, when
something waits for it (Future.result()/exception(), as_completed(), wait(),
Executor.map's results, shutdown(wait=True), the end of a with block), or
when any other wait lets queued threads run.  Each call runs as one of the
executor's workers, named as CPython names them, so current_thread() inside
it looks as it would."""

import os as _os
import threading as _threading
import itertools as _itertools
from collections import namedtuple as _namedtuple

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor', 'InvalidStateError')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = 'concurrent.futures._base'


class Future:
    """The result of a call that runs later (see the module's docstring)."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        self._work = None       # the queued worker thread that will run it

    def __repr__(self):
        state = _STATE_TO_DESCRIPTION_MAP[self._state]
        if self._state == _FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self), state,
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self), state, self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import sys
                import traceback
                print('exception calling callback for %r' % self, file=sys.stderr)
                traceback.print_exc()

    def cancel(self):
        if self._state in [_RUNNING, _FINISHED]:
            return False
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]

    def _wait_done(self, timeout):
        if not self.done() and self._work is not None:
            _threading._run_now(self._work)
        return _threading._wait_for(self.done, "Future.result()", timeout)

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        if self._state not in [_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import sys
            import traceback
            print('exception calling callback for %r' % self, file=sys.stderr)
            traceback.print_exc()

    def result(self, timeout=None):
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self.__get_result()
        self._wait_done(timeout)
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self.__get_result()
        raise TimeoutError()

    def exception(self, timeout=None):
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        self._wait_done(timeout)
        if self._state in [_CANCELLED, _CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        raise TimeoutError()

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _run_some(fs):
    """Runs the queued work of one not-done future of fs (the earliest
    submitted); False when none is queued."""
    best = None
    for t in _threading._pending:
        if isinstance(t, _WorkItem) and t.future in fs and not t.future.done():
            best = t
            break
    if best is None:
        return _threading._run_one()
    return _threading._run_now(best)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    yielded = set()
    while True:
        for f in fs:
            if f.done() and id(f) not in yielded:
                yielded.add(id(f))
                yield f
        if len(yielded) == total:
            return
        if not _run_some([f for f in fs if id(f) not in yielded]):
            pending = total - len(yielded)
            if timeout is not None:
                raise TimeoutError('%d (of %d) futures unfinished' % (pending, total))
            _threading._wait_for(lambda: False, "as_completed()")


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)

    def finished():
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED and done:
            return True
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            return True
        return len(done) == len(fs)

    while not finished():
        if not _run_some([f for f in fs if not f.done()]):
            break
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


class _WorkItem(_threading.Thread):
    """One submitted call, queued as a thread named after a worker."""

    def __init__(self, future, fn, args, kwargs, name, initializer, initargs):
        _threading.Thread.__init__(self, name=name, daemon=False)
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self._initializer = initializer
        self._initargs = initargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as exc:
                self.future.set_exception(BrokenExecutor(
                    'A thread initializer failed, the thread pool is not usable anymore'))
                raise exc
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)
        finally:
            self.fn = self.args = self.kwargs = None


class Executor:
    """The base class of executors."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    yield fs.pop().result(timeout)
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """Runs calls as named worker threads (see the module's docstring)."""
    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _os.cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._shutdown = False
        self._broken = False
        self._items = []
        self._worker_busy = []   # per worker: its latest work item
        self._next_worker = 0

    def _worker_name(self):
        """As CPython: an idle worker takes the call, else a new worker while
        there are fewer than max_workers, else the workers in turn."""
        busy = self._worker_busy
        for i, item in enumerate(busy):
            if item is None or item.future.done():
                break
        else:
            if len(busy) < self._max_workers:
                busy.append(None)
                i = len(busy) - 1
            else:
                i = self._next_worker
                self._next_worker = (i + 1) % self._max_workers
        return i, '%s_%d' % (self._thread_name_prefix, i)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenExecutor(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        i, name = self._worker_name()
        w = _WorkItem(f, fn, args, kwargs, name, self._initializer, self._initargs)
        self._worker_busy[i] = w
        f._work = w
        self._items.append(w)
        w.start()
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for w in self._items:
                w.future.cancel()
        if wait:
            for w in self._items:
                _threading._run_now(w)
        self._items = []


class ProcessPoolExecutor(ThreadPoolExecutor):
    """As ThreadPoolExecutor: a realm starts no processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        ThreadPoolExecutor.__init__(self, max_workers, "", initializer, initargs)
