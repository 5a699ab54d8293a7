# built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError),
    (ModuleNotFoundError, ImportError), (StopIteration, Exception),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (Exception, BaseException), (TypeError, ValueError), (BaseException, object),
    (AssertionError, Exception), (AttributeError, Exception), (StopAsyncIteration, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
print(GeneratorExit.__bases__[0].__name__, SystemExit.__bases__[0].__name__)
print(LookupError.__bases__[0].__name__, ArithmeticError.__bases__[0].__name__)
def catch(exc_type):
    try:
        raise exc_type("x")
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for t in [KeyError, ZeroDivisionError, ValueError, KeyboardInterrupt, IndexError, FloatingPointError]:
    print(t.__name__, "->", catch(t))
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("wrong: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print(isinstance(ValueError(), Exception), isinstance(Exception, type))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    try:
        raise ValueError("v")
    except NotAnException:
        print("never")
except TypeError as e:
    print("TypeError:", e)
