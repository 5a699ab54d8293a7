# args: --max-time=1s
# expect: limit time
# max-seconds: 1.5
# sandbox: finally bodies cannot keep a limit alive
def f():
    try:
        while True:
            pass
    finally:
        while True:
            pass
f()
