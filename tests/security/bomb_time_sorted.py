# args: --max-time=1s --max-memory=512M
# expect: limit time
# expect: exception MemoryError
# max-seconds: 3
# sandbox: sorting checks the budget
x = list(range(3 * 10**6, 0, -1))
while True:
    sorted(x, key=lambda v: -v)
