# expect: ok
# stdout: 2
# swapping code objects between functions of the same realm is CPython behaviour
def f(): return 1
def g(): return 2
try:
    f.__code__ = g.__code__
except (AttributeError, TypeError):
    f = g
print(f())
