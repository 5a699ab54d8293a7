# with statement: enter/exit, exceptions, suppression
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with Ctx("a") as v:
    print("inside", v)

with Ctx("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)

def early():
    with Ctx("ret"):
        return "returned"
print(early())

for n in range(3):
    with Ctx("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        print("body", n)

class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")

try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print("exit raised", e, "context", repr(e.__context__))

class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except OSError as e:
    print("enter error", e)

with Ctx("tuple") as (first, *rest):
    print(first, rest)
