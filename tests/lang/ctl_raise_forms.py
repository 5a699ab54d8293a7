# raise statement forms
def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), type(e.__cause__).__name__ if e.__cause__ else None)
def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError("a", 2)
def r4(): raise ValueError from KeyError
def r5(): raise 5
def r6(): raise int
def r7(): raise
def r8(): raise ValueError() from 3
def r9(): raise object()
class NotExc: pass
def r10(): raise NotExc
def r11(): raise StopIteration
def r12(): raise KeyboardInterrupt("ki")
def r13(): raise SystemExit(2)
class BadInit(Exception):
    def __init__(self): raise TypeError("init failed")
def r14(): raise BadInit
class Meta(type): pass
def r15(): raise ExceptionGroup("eg", [ValueError()])
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15]:
    attempt(f)
# bare raise inside handler re-raises current
def rr():
    try:
        raise KeyError("orig")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
attempt(rr)
# raise inside a generator handler
def g():
    try:
        yield
    except Exception:
        raise
it = g(); next(it)
try:
    it.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError", e)
# raise an exception class whose constructor returns non-exception
class Weird(Exception):
    def __new__(cls, *a): return 5
try:
    raise Weird
except TypeError as e:
    print("TypeError", e)
# raise from None sets suppress_context only
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
# raising the same instance twice keeps args
err = RuntimeError("same")
for _ in range(2):
    try:
        raise err
    except RuntimeError as e:
        print(e is err, e.args)
# exception subclass with custom __str__
class Custom(Exception):
    def __str__(self): return "custom str"
try:
    raise Custom(1, 2)
except Custom as e:
    print(str(e), repr(e), e.args)
