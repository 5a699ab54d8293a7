# generator lifecycle states observed through gi_running / gi_suspended / gi_yieldfrom
def states(g):
    return (g.gi_running, g.gi_suspended, g.gi_yieldfrom is not None)
def inner():
    yield "in"
def gen():
    print("running inside:", states(me))
    yield 1
    yield from inner()
    return "end"
me = gen()
print("created:", states(me))
next(me)
print("suspended:", states(me))
next(me)
print("in yield from:", states(me))
try:
    next(me)
except StopIteration as e:
    print("finished:", states(me), e.value)
# close before start
g = gen()
g.close()
print("closed early:", states(g), next(g, "exhausted"))
# generator that raises
def bad():
    yield 1
    raise KeyError("k")
b = bad(); next(b)
try:
    next(b)
except KeyError:
    print("after raise:", states(b), next(b, "exhausted"))
# gi_code and names
print(me.gi_code.co_name, me.__name__, me.__qualname__)
me.__name__ = "renamed"
print(me.__name__)
try:
    me.__name__ = 5
except TypeError as e:
    print("TypeError", e)
# send after exhaustion
try:
    me.send("x")
except StopIteration:
    print("StopIteration on send after end")
# throw after exhaustion raises the thrown exception
try:
    me.throw(ValueError("late"))
except ValueError as e:
    print("ValueError", e)
