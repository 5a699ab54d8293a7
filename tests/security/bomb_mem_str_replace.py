# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# sandbox: the heap limit
x = ('a' * 10**6).replace('a', 'a' * 10**5)
