# except*: bare raise in a handler re-raises the handler's subgroup, and the
# parts re-raised keep the original group's shape
def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__ + repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e))

def run(fn):
    try:
        fn()
    except BaseException as e:
        show(e)
    else:
        print("no exception")
    print("--")

leaves = [ValueError(1), TypeError(2), ValueError(3)]

def reraise_one():
    try:
        raise ExceptionGroup("eg", leaves)
    except* ValueError:
        raise
run(reraise_one)

def reraise_two():
    try:
        raise ExceptionGroup("eg", leaves)
    except* ValueError:
        raise
    except* TypeError:
        raise
run(reraise_two)

def reraise_nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError:
        pass
run(reraise_nested)

def reraise_and_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("new")
run(reraise_and_raise)

def reraise_in_nested_try():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
run(reraise_in_nested_try)

# identity of leaves is kept
g = ExceptionGroup("eg", leaves)
try:
    try:
        raise g
    except* ValueError:
        raise
except ExceptionGroup as e:
    print([x is y for x, y in zip(e.exceptions, g.exceptions)], e is g)

# the handled exception inside an except* handler is the subgroup
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(sys.exception() is e)
except* TypeError as e:
    print(sys.exception() is e, repr(e))
print(sys.exception())
