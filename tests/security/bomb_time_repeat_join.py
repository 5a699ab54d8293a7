# args: --max-time=1s --max-memory=256M
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.5
while True:
    x = ','.join(['abc'] * 10**6)
