# catching by base classes across the built-in hierarchy; except tuples; order of handlers; BaseException-only classes
cases = [ZeroDivisionError, OverflowError, FloatingPointError, IndexError, KeyError, ModuleNotFoundError, UnboundLocalError,
         FileNotFoundError, PermissionError, ConnectionResetError, BrokenPipeError, TimeoutError, RecursionError, NotImplementedError,
         UnicodeDecodeError, UnicodeEncodeError, TabError, StopAsyncIteration, DeprecationWarning, UserWarning, BytesWarning,
         EncodingWarning, KeyboardInterrupt, GeneratorExit, SystemExit]
bases = [ArithmeticError, LookupError, ImportError, NameError, OSError, ConnectionError, RuntimeError, ValueError, UnicodeError,
         SyntaxError, Warning, Exception, BaseException]
for c in cases:
    caught = [b.__name__ for b in bases if issubclass(c, b)]
    print(c.__name__, caught)
def raise_and_catch(cls, *args):
    try:
        raise cls(*args)
    except (ArithmeticError, LookupError) as e:
        return 'arith/lookup', type(e).__name__
    except OSError as e:
        return 'os', type(e).__name__
    except Exception as e:
        return 'exception', type(e).__name__
    except BaseException as e:
        return 'base', type(e).__name__
for cls, args in [(ZeroDivisionError, ()), (KeyError, ('k',)), (FileExistsError, ()), (ValueError, ()), (SystemExit, (0,)),
                  (KeyboardInterrupt, ()), (UnicodeDecodeError, ('utf-8', b'x', 0, 1, 'r')), (OSError, (2, 'x'))]:
    print(raise_and_catch(cls, *args))
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('wrong')
except TypeError as e:
    print('outer caught', e)
try:
    raise LookupError
except (IndexError, KeyError):
    print('no')
except LookupError as e:
    print('base caught', repr(e))
try:
    try:
        raise ValueError(1)
    except (TypeError, 5) as e:
        print('never')
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise ValueError(2)
    except int:
        print('never')
except TypeError as e:
    print('TypeError', e)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
try:
    raise int
except TypeError as e:
    print('TypeError', e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError', e)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError', e)
