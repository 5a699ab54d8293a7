# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# sandbox: the heap limit
s = set()
i = 0
while True:
    s.add(i * 7919)
    i += 1
