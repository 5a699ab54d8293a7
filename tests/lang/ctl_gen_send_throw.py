# generator send/throw/close in detail
def g():
    print("start")
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "after-catch"
    finally:
        print("finally")
    return "done"
it = g()
print(next(it), it.send(5), it.send(None) if False else "")
try:
    it.send(7)
except StopIteration as e:
    print("StopIteration", e.value)
it = g()
try:
    it.send(1)
except TypeError as e:
    print("TypeError", e)
print(next(it))
print(it.throw(ValueError("v1")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
# throw with type, type+value, and traceback forms
it = g(); next(it)
print(it.throw(ValueError))
it.close()
it = g(); next(it)
try:
    it.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("KeyError", e)
try:
    it.throw(TypeError("after exhaustion"))
except TypeError as e:
    print("TypeError", e)
# throw into unstarted generator
it = g()
try:
    it.throw(RuntimeError("early"))
except RuntimeError as e:
    print("RuntimeError", e)
print(next(it, "exhausted"))
# throw non-exception
it = g(); next(it)
try:
    it.throw(5)
except TypeError as e:
    print("TypeError", e)
try:
    it.throw(ValueError("x"), ValueError("y"))
except TypeError as e:
    print("TypeError", e)
it.close()
# close: GeneratorExit, yielding in finally -> RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ret-value"
r = returns_on_close(); next(r)
print(r.close())
def raise_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
q = raise_other(); next(q)
try:
    q.close()
except ValueError as e:
    print("ValueError", e)
print(q.close(), g().close())
# gi_ attributes
def h():
    yield 1
x = h()
print(x.gi_running, x.gi_suspended, x.__name__, x.__qualname__, x.gi_code.co_name)
next(x)
print(x.gi_suspended, x.gi_running)
list(x)
print(x.gi_suspended, x.gi_running)
# running generator re-entry
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
# StopIteration raised inside generator becomes RuntimeError
def bad():
    raise StopIteration("inner")
    yield
try:
    next(bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# return value in StopIteration and in list()
def rv():
    yield 1
    return 99
print(list(rv()))
try:
    i = rv(); next(i); next(i)
except StopIteration as e:
    print(e.value, e.args)
def rv_none():
    return
    yield
try:
    next(rv_none())
except StopIteration as e:
    print(e.value, e.args)
def rv_tuple():
    return (1, 2)
    yield
try:
    next(rv_tuple())
except StopIteration as e:
    print(e.value, e.args)
