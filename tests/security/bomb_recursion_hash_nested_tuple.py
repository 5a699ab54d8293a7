# expect: exception RecursionError
# sandbox: CPython 3.13 overflows its C stack (SIGSEGV) hashing this
x = ()
for _ in range(200000):
    x = (x,)
hash(x)
