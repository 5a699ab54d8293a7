# except*: a naked exception is wrapped in ExceptionGroup('', (exc,)) for matching
import sys

try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, repr(e), repr(e.message))
    print(repr(e.exceptions[0]), e.__traceback__)
    print(repr(sys.exception()))
except* TypeError:
    print("never")

# unmatched naked exception propagates as itself, not as a group
err = KeyError("k")
try:
    try:
        raise err
    except* ValueError:
        print("never")
except KeyError as k:
    print("KeyError", k is err)

# handled naked: execution continues
def f():
    try:
        1 / 0
    except* ArithmeticError as e:
        print("caught", repr(e.exceptions[0]))
    return "done"
print(f())

# bare raise of a wrapped naked exception re-raises the wrapper group
try:
    try:
        raise OSError(2, "nope")
    except* OSError:
        raise
except ExceptionGroup as g:
    print("outer", repr(g), g.exceptions[0].errno)

# exception raised in the handler of a naked exception replaces it, chained
try:
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)
except TypeError as t:
    print("TypeError", t, repr(t.__context__))
except ExceptionGroup as g:
    print("group", repr(g))

# sys.exception() after the try is restored
try:
    raise RuntimeError("x")
except* RuntimeError:
    pass
print(sys.exception())

# a naked BaseException is wrapped in a BaseExceptionGroup
try:
    raise KeyboardInterrupt("ki")
except* BaseException as e:
    print(repr(e), type(e).__name__)

# raised in handlers: the combined group is a BaseExceptionGroup when needed
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise SystemExit(3)
except BaseExceptionGroup as g:
    print(type(g).__name__, repr(g))
