# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# sandbox: the heap limit
try:
    raise ValueError
except ValueError:
    y = ['b' * 10**6 for _ in range(10**6)]
