# BaseException: args, repr/str, cause/context, notes, with_traceback, subclass __init__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ValueError(x=1))
t(lambda: BaseException(x=1))
t(lambda: repr(Exception()))
t(lambda: repr(Exception(1, 2)))
t(lambda: repr(Exception('x')))
t(lambda: str(Exception(1, 2)))
t(lambda: str(Exception()))
t(lambda: str(Exception([1])))
t(lambda: Exception(1, 2).__suppress_context__)
t(lambda: Exception(1, 2).__cause__)
t(lambda: Exception(1, 2).__context__)
t(lambda: Exception(1, 2).__notes__)
t(lambda: Exception(1, 2).__traceback__)
t(lambda: Exception(1, 2).__dict__)
def f():
    e = Exception(); e.args = [1]; return e.args
t(f)
def f():
    e = Exception(); e.__cause__ = 1
t(f)
def f():
    e = Exception(); e.__context__ = 1
t(f)
def f():
    e = Exception(); del e.args
t(f)
def f():
    e = Exception(); del e.__cause__
t(f)
def f():
    e = Exception(); e.add_note(1)
t(f)
def f():
    e = Exception(); e.add_note('x'); e.add_note('y'); return e.__notes__, e.__dict__
t(f)
def f():
    e = Exception(); e.__notes__ = 5; e.add_note('x')
t(f)
def f():
    e = Exception(); e.__cause__ = ValueError(); return e.__suppress_context__, e.__cause__
t(f)
def f():
    e = Exception(); e.__traceback__ = 3
t(f)
def f():
    e = Exception(); return e.with_traceback(None) is e
t(f)
def f():
    e = Exception(); e.foo = 5; return e.foo, e.__dict__
t(f)
