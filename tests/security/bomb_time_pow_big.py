# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: limit time
# expect: exception MemoryError
# max-seconds: 1.8
x = pow(7, 10**9)
