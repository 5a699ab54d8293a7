# args: --max-time=1s
# expect: limit time
# max-seconds: 1.2
# sandbox: the wall-time limit
while True:
    pass
