# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# sandbox: the heap limit
x = ('\t' * 10**6).expandtabs(10**5)
