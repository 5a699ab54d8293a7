# SystemExit forms: code None/int/str/other, raised from nested functions and finally blocks, caught and re-raised
import sys
def attempt(arg, *more):
    try:
        if more:
            raise SystemExit(arg, *more)
        sys.exit(arg)
    except SystemExit as e:
        return repr(e.code), e.args, str(e)
for a in [None, 0, 1, 255, -1, 'text', 1.5, [1], (2,)]:
    print(attempt(a))
print(attempt(1, 2))
print(SystemExit().code, SystemExit(None).code, issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    finally:
        print('finally runs')
except SystemExit as e:
    print('caught', e.code)
try:
    exit(5)
except BaseException as e:
    print(type(e).__name__, e.code)
def outer():
    try:
        raise ValueError('v')
    except Exception:
        sys.exit('from handler')
try:
    outer()
except SystemExit as e:
    print(e.code, type(e.__context__).__name__)
print('exiting')
sys.exit(7)
