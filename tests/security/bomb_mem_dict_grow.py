# args: --max-memory=64M --max-time=10s
# expect: exception MemoryError
# sandbox: the heap limit
# max-rss: 64M+base
d = {}
i = 0
while True:
    d[i] = str(i)
    i += 1
