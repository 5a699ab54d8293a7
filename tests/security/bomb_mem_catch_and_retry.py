# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# sandbox: the heap limit
x = []
while True:
    try:
        x.append([0] * 10**6)
    except MemoryError:
        x.append('again')
        raise
