# args: --max-memory=64M --max-time=10s
# expect: exception MemoryError
# sandbox: the heap limit
x = 3
while True:
    x = x * x
