# expect: ok
# stdout: refused
# sandbox: code objects cannot be rebuilt from bytes
def f(): return 1
c = f.__code__
try:
    c2 = c.replace(co_code=b'\x97\x00' * 4)
    f.__code__ = c2
    f()
    print('ALLOWED')
except (AttributeError, TypeError, ValueError):
    print('refused')
