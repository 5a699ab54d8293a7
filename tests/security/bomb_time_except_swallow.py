# args: --max-time=1s
# expect: limit time
# max-seconds: 1.5
# sandbox: guest except clauses cannot swallow a limit
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
