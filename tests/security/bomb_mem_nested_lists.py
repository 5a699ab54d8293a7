# args: --max-memory=64M --max-time=10s
# expect: exception MemoryError
# sandbox: the heap limit
x = None
while True:
    x = [x, x, [0] * 100]
