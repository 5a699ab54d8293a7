# sys.exc_info()/sys.exception() in nested handlers, finally blocks, functions called from handlers, after handling
import sys
def show(label):
    e = sys.exception()
    t = sys.exc_info()[0]
    print(label, type(e).__name__ if e else None, t.__name__ if t else None, e.args if e else '')
show('start')
try:
    raise ValueError('outer')
except ValueError:
    show('in outer')
    try:
        raise TypeError('inner')
    except TypeError:
        show('in inner')
    show('back to outer')
    try:
        pass
    finally:
        show('finally in handler')
show('after')
try:
    try:
        raise KeyError('k')
    finally:
        show('finally while raising')
except KeyError:
    show('caught k')
def helper():
    show('helper')
try:
    raise IndexError('i')
except IndexError:
    helper()
def raiser():
    try:
        raise OSError('os')
    except OSError:
        show('raiser handler')
        return 'r'
print(raiser())
show('after raiser')
try:
    raise ZeroDivisionError('z')
except ZeroDivisionError as err:
    saved = err
show('after named')
print(type(saved).__name__)
try:
    print(err)
except NameError as e:
    print('NameError', e)
def gen():
    try:
        raise LookupError('gen')
    except LookupError:
        yield show('gen handler')
        show('gen resumed')
g = gen()
next(g)
show('outside gen')
try:
    next(g)
except StopIteration:
    pass
try:
    raise RuntimeError('ctx')
except RuntimeError:
    try:
        raise ValueError('new')
    except ValueError as v:
        print(type(v.__context__).__name__, v.__context__)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        show('exit')
        print([x.__name__ if isinstance(x, type) else type(x).__name__ for x in a[:2]])
        return True
with CM():
    raise AttributeError('in with')
show('after with')
