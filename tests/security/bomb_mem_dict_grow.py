# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# sandbox: the heap limit
# max-rss: 76M+base
# (the heap limit counts objects and tables; about 10% more is resident:
#  free slots of other size classes, malloc's own bookkeeping)
d = {}
i = 0
while True:
    d[i] = str(i)
    i += 1
