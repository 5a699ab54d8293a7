# except*: matching by split(), each handler at most once, unmatched rest re-raised
def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__ + repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])

try:
    raise eg
except* ValueError as e:
    print("ValueError handler")
    show(e)
    print(e is eg, e.__traceback__ is eg.__traceback__)
except* TypeError as e:
    print("TypeError handler")
    show(e)
except* LookupError as e:
    print("LookupError handler")
    show(e)

# a tuple of types
try:
    raise ExceptionGroup("t", [ValueError(1), TypeError(2), OSError(3)])
except* (ValueError, TypeError) as e:
    show(e)
except* OSError as e:
    show(e)

# the whole group matches the first handler: later handlers do not run
try:
    raise ExceptionGroup("all", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("first", len(e.exceptions))
except* Exception as e:
    print("never")

# unmatched parts propagate
try:
    try:
        raise ExceptionGroup("part", [ValueError(1), TypeError(2), ZeroDivisionError(3)])
    except* TypeError:
        print("got TypeError")
except ExceptionGroup as outer:
    show(outer)

# nothing matches: a group with the same leaves propagates
try:
    try:
        raise eg
    except* OSError:
        print("never")
except ExceptionGroup as outer:
    show(outer)
    print([a is b for a, b in zip(outer.exceptions, eg.exceptions)])

# subclass of ExceptionGroup: derive() decides the type of the parts
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "'", excs)

try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__, e.message)
except* TypeError as e:
    print(type(e).__name__, e.message)

# BaseExceptionGroup with a BaseException member
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print(type(e).__name__, e.exceptions)
except BaseExceptionGroup as outer:
    print(type(outer).__name__, outer.exceptions)

# the name is unbound after the handler
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as e:
    pass
try:
    e
except NameError as ne:
    print("NameError", ne)

# a predicate is not allowed in except*, but split() takes one
print(eg.split(lambda x: isinstance(x, ValueError))[0].exceptions)

# except* calls the group's own split()
class Logged(ExceptionGroup):
    def split(self, t):
        print("split by", t.__name__)
        return super().split(t)
    def derive(self, excs):
        return Logged(self.message, excs)
try:
    try:
        raise Logged("log", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("handled", type(e).__name__, e.exceptions)
except Logged as outer:
    print("rest", type(outer).__name__, outer.exceptions)
