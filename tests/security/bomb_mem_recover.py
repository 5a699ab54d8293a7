# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: ok
# stdout: recovered 3
# sandbox: the heap limit; after a MemoryError the freed memory is usable again
n = 0
for _ in range(3):
    try:
        x = [0] * 10**9
    except MemoryError:
        n += 1
    x = None
y = [0] * 10**6
print('recovered', n)
