# with statement protocol details
class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with CM("x") as x, CM("y") as y:
    print(x, y)
try:
    with CM("outer"), CM("inner", suppress=False):
        raise RuntimeError("both see it")
except RuntimeError as e:
    print("caught", e)
# truthy non-bool return suppresses
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    raise ValueError
print("suppressed by truthy")
# missing methods
class NoExit:
    def __enter__(self): pass
class NoEnter:
    def __exit__(self, *a): pass
for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj: pass
    except TypeError as e:
        print("TypeError", e)
# exception in __enter__: __exit__ not called
class BadEnter:
    def __enter__(self): raise ValueError("in enter")
    def __exit__(self, *a): print("exit should not run")
try:
    with BadEnter(): pass
except ValueError as e:
    print("ValueError", e)
# exception in __exit__ replaces the original, with context
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("in exit")
try:
    with BadExit():
        raise KeyError("original")
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
# return/break/continue inside with call __exit__
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0: continue
        break
# __enter__ result assignment targets
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (p, q):
    print(p, q)
d = {}
with Pair() as d["k"]:
    pass
print(d)
# __exit__ looked up on type, bound before __enter__
class Dyn:
    def __enter__(self):
        Dyn.__exit__ = lambda self, *a: print("replaced exit")
        return self
    def __exit__(self, *a): print("original exit")
with Dyn(): pass
# exit args for an exception
class Args:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et is ZeroDivisionError, isinstance(ev, ZeroDivisionError), type(tb).__name__)
        return True
with Args():
    1 / 0
