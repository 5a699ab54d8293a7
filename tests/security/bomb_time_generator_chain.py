# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.5
def g():
    while True:
        yield 1
for _ in g():
    pass
