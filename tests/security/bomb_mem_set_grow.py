# args: --max-memory=64M --max-time=10s
# expect: exception MemoryError
# sandbox: the heap limit
s = set()
i = 0
while True:
    s.add(i * 7919)
    i += 1
