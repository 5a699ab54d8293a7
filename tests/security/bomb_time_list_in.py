# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.5
x = [0] * 10**7
while True:
    1 in x
