# except* corners
def run(excs):
    try:
        raise ExceptionGroup("g", excs)
    except* ValueError as e:
        print("ValueError group", [str(x) for x in e.exceptions], type(e).__name__)
    except* (TypeError, KeyError) as e:
        print("Type/Key group", sorted(type(x).__name__ for x in e.exceptions))
run([ValueError(1), TypeError(2), KeyError(3), ValueError(4)])
try:
    run([ValueError(1), OSError(5)])
except ExceptionGroup as e:
    print("left over", [type(x).__name__ for x in e.exceptions])
# naked exception is wrapped
try:
    raise ValueError("naked")
except* ValueError as e:
    print(type(e).__name__, e.message, e.exceptions)
# unmatched naked re-raised as is
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("KeyError passed through", e)
# raise inside except* handler
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print(type(e).__name__, [type(x).__name__ for x in e.exceptions])
    print(type(e.exceptions[0].__context__).__name__)
# re-raise in handler keeps the original
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", e.message, [type(x).__name__ for x in e.exceptions])
# except* with ExceptionGroup type is an error
try:
    exec("try:\n    pass\nexcept* ExceptionGroup:\n    pass")
except SyntaxError as e:
    print("SyntaxError-exec", e.msg)
try:
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
# else and finally with except*
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
# all handlers run once each even if multiple match
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
except* ValueError as e:
    print("V count", len(e.exceptions))
except* TypeError as e:
    print("T count", len(e.exceptions))
except* Exception as e:
    print("never")
# nested groups keep structure
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
# sys.exception inside except*
import sys
try:
    raise ExceptionGroup("g", [KeyError(1)])
except* KeyError:
    print(type(sys.exception()).__name__)
# exception variable cleared
try:
    raise ExceptionGroup("g", [KeyError(1)])
except* KeyError as kerr:
    pass
try:
    kerr
except NameError as e:
    print("NameError", e)
# except* catching BaseExceptionGroup members
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as e:
    print("KI", type(e).__name__)
except* ValueError as e:
    print("VE", type(e).__name__)
