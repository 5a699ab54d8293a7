# generator cleanup: close() runs finally blocks and context managers
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None); return False
def gen():
    with CM(1):
        try:
            yield "a"
            yield "b"
        finally:
            print("inner finally")
    print("after with (not reached on close)")
g = gen()
print(next(g))
g.close()
print("closed; close again:", g.close())
g = gen()
print(list(g))
# finally that raises during close replaces GeneratorExit
def bad_finally():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
b = bad_finally(); next(b)
try:
    b.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)
# close() of a generator suspended inside try/except Exception does not catch GeneratorExit
def catches_exception():
    try:
        yield 1
    except Exception:
        print("should not catch GeneratorExit")
    yield 2
c = catches_exception(); next(c)
c.close()
print("closed cleanly")
# catching BaseException and continuing to yield -> RuntimeError
def catches_all():
    for i in range(2):
        try:
            yield i
        except BaseException as e:
            print("caught", type(e).__name__)
ca = catches_all(); next(ca)
try:
    ca.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(ca, "finished"))
# throw(GeneratorExit) behaves like close but propagates
def simple():
    try:
        yield 1
    finally:
        print("simple finally")
s = simple(); next(s)
try:
    s.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
# nested generators closing via yield from
def inner():
    try:
        yield "i"
    finally:
        print("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")
o = outer(); next(o); o.close()
# return in finally during close swallows GeneratorExit
def ret_finally():
    try:
        yield 1
    finally:
        return "swallowed"
r = ret_finally(); next(r)
print(r.close())
