# exception chaining: __context__, __cause__, __suppress_context__
import sys
def show(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e}) sup={e.__suppress_context__}")
        e = e.__cause__ or e.__context__
    return " <- ".join(parts)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(show(e), e.__cause__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("from") from z
except ValueError as e:
    print(show(e), e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("none") from None
except ValueError as e:
    print(show(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
# from with a class, from with bad value
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
# setting attributes by hand
e = ValueError("v")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError", err)
try:
    e.__context__ = "s"
except TypeError as err:
    print("TypeError", err)
try:
    e.__suppress_context__ = 1
except TypeError as err:
    print("TypeError", err)
e.__suppress_context__ = True
print(e.__suppress_context__)
# context cycles are broken
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise ValueError("b")
        except ValueError as b:
            raise a
except KeyError as final:
    print(type(final.__context__).__name__, final.__context__.__context__ is None)
# sys.exception / exc_info in handlers and after
print(sys.exception(), sys.exc_info())
try:
    raise IndexError("i")
except IndexError:
    print(type(sys.exception()).__name__, sys.exc_info()[0].__name__, sys.exc_info()[1] is sys.exception())
    try:
        raise KeyError("nested")
    except KeyError:
        print(type(sys.exception()).__name__)
    print(type(sys.exception()).__name__)
print(sys.exception())
# context set on exceptions raised in finally
try:
    try:
        raise OSError("first")
    finally:
        pass
except OSError as e:
    print(e.__context__)
try:
    try:
        raise OSError("first")
    finally:
        try:
            raise RuntimeError("in finally")
        except RuntimeError as r:
            print("inner context", type(r.__context__).__name__)
except OSError as e:
    print("outer", e)
# context in generator throw
def gen():
    try:
        yield
    except KeyError:
        raise ValueError("from gen")
g = gen(); next(g)
try:
    g.throw(KeyError("thrown"))
except ValueError as e:
    print(show(e))
# re-raise keeps traceback and context
def f():
    try:
        raise TypeError("orig")
    except TypeError as t:
        raise
try:
    f()
except TypeError as e:
    print(e, e.__context__)
# with_traceback
e = ValueError("wt")
print(e.with_traceback(None) is e, e.__traceback__)
# exception deleted after except clause
try:
    raise ValueError
except ValueError as exc:
    pass
try:
    exc
except NameError as e:
    print("NameError", e)
# implicit context only when different object
err = KeyError("same")
try:
    try:
        raise err
    except KeyError:
        raise err
except KeyError as e:
    print(e.__context__)
