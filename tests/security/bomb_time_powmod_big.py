# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.8
x = pow(3, 10**100000, 10**30000 + 7)
