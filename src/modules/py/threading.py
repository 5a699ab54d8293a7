"""threading: threads for a realm that runs one thread of Python.

A realm never runs two things at once (see docs/decisions/threads.md).
Thread.start() queues the thread; queued threads run, one at a time and
each to its end, when some thread would otherwise wait: join(), a blocking
Queue.get()/put()/join(), Event.wait(), Condition.wait(), a contended
Lock/Semaphore acquire, and time.sleep() (which runs only non-daemon
threads).  At the end of the program the remaining non-daemon threads run,
as CPython waits for them.

A thread that waits for something no queued thread can provide would wait
forever.  In the main thread that is a RuntimeError saying so (CPython
would hang); in another thread the wait ends the thread silently (it stays
"alive", as a thread blocked forever does, and its finally clauses run).
With a timeout, a wait that cannot succeed returns at once, since nothing
could change meanwhile."""

import sys as _sys
import itertools as _itertools
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
           'gettrace', 'setprofile_all_threads', 'settrace_all_threads']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_counter = _itertools.count(1)
_ident_counter = _itertools.count(2)
_pending = _deque()     # started threads that have not run yet, in start order
_threads = {}           # ident -> running, parked or main thread


class _Parked(BaseException):
    """Unwinds a thread whose wait could never end."""


def _run_one(daemons=True):
    """Runs the oldest queued thread (a daemon only if daemons); False when
    there is none."""
    for t in _pending:
        if daemons or not t._daemonic:
            return _run_now(t)
    return False


def _run_now(t):
    """Runs the queued thread t to its end now; False when it is not queued
    (not started, already run, or running)."""
    if t not in _pending:
        return False
    _pending.remove(t)
    t._bootstrap()
    return True


def _wait_for(predicate, what, timeout=None):
    """Runs queued threads until predicate() holds: True then.  Otherwise
    False when a timeout was given (nothing else could make it hold), the
    _Parked unwinding in a thread, and a RuntimeError in the main thread."""
    if predicate():
        return True
    while _run_one():
        if predicate():
            return True
    if timeout is not None and timeout >= 0:
        return False
    if _current is not _main:
        raise _Parked
    raise RuntimeError("%s would block forever: asp runs one thread at a time and no "
                       "other thread is left to run" % what)


def _run_pending_non_daemon():
    """time.sleep(): lets the queued non-daemon threads run."""
    while _run_one(daemons=False):
        pass


def get_ident():
    return _current._ident


def get_native_id():
    return _current._ident


def _newname(name_template="Thread-%d"):
    return name_template % next(_counter)


class Thread:
    """A thread of control; see the module's docstring for when it runs."""
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = False
        self._finished = False
        self._parked = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._finished:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        _pending.append(self)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        global _current
        self._ident = next(_ident_counter)
        _threads[self._ident] = self
        caller = _current
        _current = self
        try:
            try:
                contextvars = _sys.modules.get('contextvars')
                if contextvars is None:
                    self.run()
                else:   # a thread starts in an empty context
                    contextvars.Context().run(self.run)
            except _Parked:
                self._parked = True
            except SystemExit:
                pass
            except BaseException as e:
                excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        finally:
            _current = caller
            if not self._parked:
                self._finished = True
                del _threads[self._ident]

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _run_now(self)
        if not self._finished:
            _wait_for(lambda: self._finished, "Thread.join()", timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started and not self._finished

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        import warnings
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        import warnings
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        import warnings
        warnings.warn('getName() is deprecated, get the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        import warnings
        warnings.warn('setName() is deprecated, set the name attribute instead',
                      DeprecationWarning, stacklevel=2)
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = 1
        _threads[1] = self


_main = _current = _MainThread()


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return len(_threads) + len(_pending)


activeCount = active_count


def enumerate():
    return list(_threads.values()) + list(_pending)


class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread) of an exception that ended
    a thread."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    """Prints the exception that ended a thread, as CPython does."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _shutdown():
    """The end of the program: the queued non-daemon threads run."""
    _run_pending_non_daemon()


# ---- locks ----

class _LockBase:
    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


class Lock(_LockBase):
    """A lock; acquiring it while held waits for the queued threads to release
    it (see the module's docstring)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if self._locked:
            if not blocking:
                return False
            if not _wait_for(lambda: not self._locked, "Lock.acquire()",
                             None if timeout == -1 else timeout):
                return False
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s _thread.lock object at 0x%x>" % ("locked" if self._locked else "unlocked",
                                                     id(self))


class RLock(_LockBase):
    """A reentrant lock: its owner may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is not None:
            if not blocking:
                return False
            if not _wait_for(lambda: self._owner is None, "RLock.acquire()",
                             None if timeout == -1 else timeout):
                return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def _is_owned(self):
        return self._owner == get_ident()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (
            "locked" if self._owner is not None else "unlocked",
            self._owner or 0, self._count, id(self))


class Condition:
    """A condition variable over a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._notified = 0
        self._waiters = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, self._waiters)

    def _release_save(self):
        if isinstance(self._lock, RLock):
            state = (self._lock._owner, self._lock._count)
            self._lock._owner, self._lock._count = None, 0
            return state
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, RLock):
            self._lock._owner, self._lock._count = state
        else:
            self._lock.acquire()

    def _check_owned(self, what):
        if isinstance(self._lock, RLock):
            owned = self._lock._is_owned()
        else:
            owned = self._lock.locked()
        if not owned:
            raise RuntimeError("cannot %s un-acquired lock" % what)

    def wait(self, timeout=None):
        self._check_owned("wait on")
        state = self._release_save()
        self._waiters += 1
        start = self._notified
        try:
            return _wait_for(lambda: self._notified > start, "Condition.wait()", timeout)
        finally:
            self._waiters -= 1
            self._acquire_restore(state)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout):
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        self._check_owned("notify on")
        if self._waiters:
            self._notified += 1

    def notify_all(self):
        self.notify(self._waiters)

    def notifyAll(self):
        import warnings
        warnings.warn('notifyAll() is deprecated, use notify_all() instead',
                      DeprecationWarning, stacklevel=2)
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements and release() increments; acquire
    waits for the queued threads while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return f"<{self.__class__.__module__}.{self.__class__.__name__} at 0x{id(self):x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not self._value:
            if not blocking:
                return False
            if not _wait_for(lambda: self._value > 0, "Semaphore.acquire()", timeout):
                return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may not rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return (f"<{self.__class__.__module__}.{self.__class__.__name__} at 0x{id(self):x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that wait() waits for (see the module's docstring)."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at 0x{id(self):x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead',
                      DeprecationWarning, stacklevel=2)
        return self.is_set()

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _wait_for(lambda: self._flag, "Event.wait()", timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads wait() until all have arrived; the others are run
    from inside the first one's wait."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self._broken:
            return f"<{cls.__module__}.{cls.__qualname__} at 0x{id(self):x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at 0x{id(self):x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        generation = self._generation
        if self._count == self._parties:
            if self._action:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            self._count = 0
            self._generation += 1
            return index
        if timeout is None:
            timeout = self._timeout
        try:
            ok = _wait_for(lambda: self._generation != generation or self._broken,
                           "Barrier.wait()", timeout)
        except _Parked:
            self._broken = True
            raise
        if not ok or self._broken:
            self._broken = True
            raise BrokenBarrierError
        return index

    def reset(self):
        self._broken = False
        self._count = 0
        self._generation += 1

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class Timer(Thread):
    """Calls function(*args, **kwargs) when it runs, unless cancelled first;
    the interval is not waited out (nothing else would happen meanwhile)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Attributes seen by one thread only: each thread has its own __dict__
    (swapped in before every access), and a subclass's __init__ runs again,
    with the constructor's arguments, in each thread that first uses it."""

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        dicts = {get_ident(): object.__getattribute__(self, '__dict__')}
        object.__setattr__(self, '_local__impl', (dicts, args, kw))
        return self

    def _local__patch(self):
        dicts, args, kw = object.__getattribute__(self, '__dict__')['_local__impl']
        key = get_ident()
        d = dicts.get(key)
        fresh = d is None
        if fresh:
            d = dicts[key] = {'_local__impl': (dicts, args, kw)}
        object.__setattr__(self, '__dict__', d)
        if fresh and type(self).__init__ is not object.__init__:
            type(self).__init__(self, *args, **kw)

    def __getattribute__(self, name):
        object.__getattribute__(self, '_local__patch')()
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__patch')()
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__patch')()
        return object.__delattr__(self, name)


_trace = _profile = None


def settrace(func):
    global _trace
    _trace = func


def settrace_all_threads(func):
    settrace(func)


def gettrace():
    return _trace


def setprofile(func):
    global _profile
    _profile = func


def setprofile_all_threads(func):
    setprofile(func)


def getprofile():
    return _profile


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0
