# args: --max-memory=64M --max-time=10s
# expect: exception MemoryError
# sandbox: the heap limit
x = ('\t' * 10**6).expandtabs(10**5)
