# except*: notes, causes and contexts travel with the split parts
def show(e, depth=0):
    pad = "  " * depth
    notes = getattr(e, "__notes__", None)
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__ + repr(e.message), len(e.exceptions), notes)
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e), notes)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("group note")
try:
    try:
        raise eg
    except* ValueError as e:
        print("match notes", e.__notes__, e.__notes__ is eg.__notes__)
        e.add_note("handler note")
        raise
except ExceptionGroup as g:
    show(g)
print(eg.__notes__)

# notes changed on the matched part do not make it a new exception
try:
    try:
        raise ExceptionGroup("eg2", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.__notes__ = ["replaced"]
        raise
    except* TypeError as e:
        e.__notes__ = ["other"]
        raise
except ExceptionGroup as g:
    show(g)

# cause set in the body is kept by the parts
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise ExceptionGroup("caused", [ValueError(1), KeyError(2)]) from z
    except* KeyError as e:
        print("cause", repr(e.__cause__), e.__suppress_context__)
except ExceptionGroup as g:
    show(g)
    print("cause", repr(g.__cause__))

# a handler changing the context of its part
try:
    try:
        raise ExceptionGroup("ctx", [ValueError(1), KeyError(2)])
    except* KeyError as e:
        e.__context__ = RuntimeError("set")
        raise
except ExceptionGroup as g:
    show(g)

# except* inside a generator, with yield in the handler
def gen():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield "in handler"
    except* TypeError:
        yield "in type handler"
    yield "after"
print(list(gen()))

g = gen()
print(next(g), next(g))
try:
    g.close()
except RuntimeError as e:
    print("close:", e)

# except* inside with
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False
with CM():
    try:
        raise ExceptionGroup("w", [ValueError(1)])
    except* ValueError:
        print("handled in with")
try:
    with CM():
        try:
            raise ExceptionGroup("w", [ValueError(1), OSError(2)])
        except* ValueError:
            print("handled part in with")
except* OSError as e:
    print("outer", repr(e))
