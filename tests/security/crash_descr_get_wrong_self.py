# expect: ok
# stdout: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
# stdout: TypeError
# stdout: TypeError
# binding a built-in method to an object of another type (was a SIGBUS)
try:
    str.upper.__get__(5)()
except TypeError as e:
    print(e)
for f in (lambda: list.__dict__['append'].__get__('x')(1), lambda: str.__add__.__get__(5)('x')):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
