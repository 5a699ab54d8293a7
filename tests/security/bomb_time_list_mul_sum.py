# args: --max-time=1s --max-memory=256M
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.5
while True:
    sum([1] * 10**6)
