# traceback objects: tb_next chain, tb_lineno, with_traceback, __traceback__ assignment
def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
def level3(): raise ValueError("deep")
def level2(): level3()
def level1(): level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, lines(tb), e.__traceback__ is tb)
    saved = e
# the traceback grows as the exception propagates further
def reraiser():
    try:
        level2()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print(lines(e.__traceback__))
# with_traceback copies a traceback onto another exception
other = KeyError("k").with_traceback(saved.__traceback__.tb_next)
print(lines(other.__traceback__))
try:
    raise other
except KeyError as e:
    print(lines(e.__traceback__))
# assigning None and invalid values
e = RuntimeError()
print(e.__traceback__)
e.__traceback__ = saved.__traceback__
print(lines(e.__traceback__))
e.__traceback__ = None
print(e.__traceback__)
for bad in [1, "tb", []]:
    try:
        e.__traceback__ = bad
    except TypeError as err:
        print("TypeError", err)
try:
    del e.__traceback__
except TypeError as err:
    print("TypeError", err)
try:
    e.with_traceback(5)
except TypeError as err:
    print("TypeError", err)
# __exit__ receives the traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit tb", type(tb).__name__, lines(tb) == lines(ev.__traceback__))
        return True
with CM():
    level2()
# sys.exc_info()[2] is the same traceback object
import sys
try:
    level3()
except ValueError as e:
    print(sys.exc_info()[2] is e.__traceback__, lines(sys.exc_info()[2]))
