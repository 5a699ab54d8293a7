# evaluation order of operands and dunder calls in compound expressions
log = []
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V{self.n}"
    def _op(name):
        def f(self, o):
            log.append(f"{self}{name}{o}")
            return V(f"({self.n}{name}{getattr(o, 'n', o)})")
        return f
    __add__ = _op("+"); __mul__ = _op("*"); __sub__ = _op("-"); __pow__ = _op("**")
    __and__ = _op("&"); __or__ = _op("|"); __lshift__ = _op("<<"); __matmul__ = _op("@")
    def __neg__(self):
        log.append(f"-{self}"); return V(f"-{self.n}")
    def __lt__(self, o):
        log.append(f"{self}<{o}"); return True
def val(n):
    log.append(f"eval {n}"); return V(n)
r = val(1) + val(2) * val(3) - val(4) ** val(5) ** val(6)
print(r.n); print(log); log.clear()
r = -val(1) ** val(2)
print(r.n); print(log); log.clear()
r = val(1) | val(2) & val(3) << val(4)
print(r.n); print(log); log.clear()
r = val(1) @ val(2) + val(3)
print(r.n); print(log); log.clear()
r = val(1) < val(2) < val(3)
print(r); print(log); log.clear()
# augmented assignment evaluation order
class Box:
    def __init__(self): self.v = V(0)
b = Box()
def get_box():
    log.append("get_box"); return b
get_box().v += val(9)
print(b.v.n); print(log); log.clear()
# call arguments evaluated left to right, keywords included
def f(*a, **k): return a, k
f(val("a"), k=val("b"), *[val("c")], **{"z": val("d")})
print(log); log.clear()
# subscripts: container, index, then value for assignment
class Store(dict):
    def __setitem__(self, k, v):
        log.append(f"setitem {k} {v}"); super().__setitem__(k, v)
def cont():
    log.append("container"); return s
def key():
    log.append("key"); return "k"
s = Store()
cont()[key()] = val("value")
print(log)
