# yield from: delegation of send, throw, close, return values
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", e)
        yield "i-caught"
    finally:
        print("inner finally")
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "o-last"
o = outer()
print(next(o), o.send("a"), o.send("b"))
o = outer(); next(o)
print(o.throw(KeyError("k")))
print(next(o))
o = outer(); next(o)
o.close()
print("closed")
# throw of exception inner doesn't handle propagates through outer
o = outer(); next(o)
try:
    o.throw(ValueError("unhandled"))
except ValueError as e:
    print("ValueError", e)
# delegation to an iterator without send/throw
def over_list():
    r = yield from [1, 2]
    print("list result", r)
ol = over_list()
print(next(ol))
try:
    ol.send(5)
except AttributeError as e:
    print("AttributeError", e)
ol = over_list(); next(ol)
try:
    ol.throw(KeyError("x"))
except KeyError as e:
    print("KeyError", e)
# close with a subiterator that has close
class Sub:
    def __iter__(self): return self
    def __next__(self): return "sub"
    def close(self): print("Sub.close called")
    def throw(self, *a): print("Sub.throw", a[0].__class__.__name__); raise a[0]
def deleg():
    yield from Sub()
d = deleg(); next(d)
d.close()
d = deleg(); next(d)
try:
    d.throw(IndexError("i"))
except IndexError as e:
    print("IndexError", e)
# GeneratorExit to a subgenerator that returns
def inner2():
    try:
        yield 1
    except GeneratorExit:
        print("inner2 GeneratorExit")
        raise
def outer2():
    try:
        yield from inner2()
    except GeneratorExit:
        print("outer2 GeneratorExit")
        raise
x = outer2(); next(x); x.close()
# StopIteration value from subiterator's __next__
class RetIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("payload")
def get():
    v = yield from RetIt()
    return v
try:
    next(get())
except StopIteration as e:
    print("value", e.value)
# yield from a generator that was already started
def counter():
    yield 1; yield 2; yield 3
c = counter(); next(c)
def take():
    yield from c
print(list(take()))
# nested delegation depth
def chain(n):
    if n == 0:
        v = yield "bottom"
        return v
    return (yield from chain(n - 1)) + 1
ch = chain(50)
print(next(ch))
try:
    ch.send(0)
except StopIteration as e:
    print("depth result", e.value)
# yield from non-iterable
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print("TypeError", e)
# send non-None into just-started via yield from
def fresh():
    yield from inner()
f = fresh()
try:
    f.send(1)
except TypeError as e:
    print("TypeError", e)
# gi_yieldfrom
def watch():
    yield from inner()
w = watch(); next(w)
print(type(w.gi_yieldfrom).__name__, w.gi_yieldfrom.__name__)
w.close()
print(w.gi_yieldfrom)
