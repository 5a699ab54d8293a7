# args: --max-memory=64M --max-time=10s
# expect: exception MemoryError
# sandbox: the heap limit
x = [1]
while True:
    x.extend(x)
