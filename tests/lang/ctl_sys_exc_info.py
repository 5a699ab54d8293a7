# sys.exc_info()/sys.exception() across functions, generators and handlers
import sys
def show(tag):
    e = sys.exception()
    info = sys.exc_info()
    print(tag, type(e).__name__ if e else None, info[0].__name__ if info[0] else None, info[1] is e)
show("top")
try:
    raise ValueError("v")
except ValueError:
    show("in handler")
    def nested(): show("in called function")
    nested()
show("after handler")
def gen():
    show("gen start")
    yield
    show("gen resumed")
    try:
        raise KeyError("k")
    except KeyError:
        show("gen handler")
        yield
        show("gen handler resumed")
    show("gen end")
g = gen()
next(g)
try:
    raise TypeError("t")
except TypeError:
    next(g)
    show("caller handler between")
    next(g)
    show("caller handler after")
try:
    next(g)
except StopIteration:
    pass
# exception in finally sees the current one
try:
    try:
        raise IndexError("i")
    finally:
        show("finally during exception")
except IndexError:
    pass
# handler of an inner exception then outer restored
try:
    raise OSError("outer")
except OSError:
    try:
        raise EOFError("inner")
    except EOFError:
        show("inner")
    show("outer again")
# with statement __exit__ sees it
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        show("in __exit__"); return True
with CM():
    raise ZeroDivisionError
show("end")
