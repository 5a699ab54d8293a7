# raising built-in exception classes vs instances, with args, from None; args of implicit instances; re-raise keeps identity
def catch(f):
    try:
        f()
    except BaseException as e:
        return type(e).__name__, e.args, e.__cause__, e.__suppress_context__
def r1():
    raise ValueError
def r2():
    raise ValueError('m', 2)
def r3():
    raise KeyError from None
def r4():
    try:
        raise TypeError('first')
    except TypeError as e:
        raise e
def r5():
    raise IndexError() from ValueError('cause')
def r6():
    e = OSError(2, 'nf')
    raise e
for f in [r1, r2, r3, r4, r5, r6]:
    name, args, cause, sup = catch(f)
    print(f.__name__, name, args, type(cause).__name__ if cause else None, sup)
saved = []
try:
    try:
        raise RuntimeError('keep')
    except RuntimeError as e:
        saved.append(e)
        raise
except RuntimeError as e:
    print(e is saved[0], e.args)
class E(Exception):
    def __init__(self):
        super().__init__('from init')
try:
    raise E
except E as e:
    print(e.args, str(e))
class F(Exception):
    def __new__(cls, *a):
        inst = super().__new__(cls, *a)
        inst.created = True
        return inst
try:
    raise F(1)
except F as e:
    print(e.created, e.args)
