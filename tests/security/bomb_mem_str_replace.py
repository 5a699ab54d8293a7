# args: --max-memory=64M --max-time=10s
# expect: exception MemoryError
# sandbox: the heap limit
x = ('a' * 10**6).replace('a', 'a' * 10**5)
