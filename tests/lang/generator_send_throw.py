# send, throw, close, GeneratorExit
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"

g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
try:
    g.send("stop")
except StopIteration as e:
    print("finished with", e.value)

def not_started():
    yield 1
try:
    not_started().send("x")
except TypeError as e:
    print("TypeError:", e)

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
g = closer()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")

