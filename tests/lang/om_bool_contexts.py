# __bool__ / __len__ used by every truth-testing context
class T:
    def __init__(self, v, name): self.v, self.name = v, name
    def __bool__(self):
        print("bool", self.name); return self.v
    def __repr__(self): return self.name
a, b = T(True, "a"), T(False, "b")
print("if:", "yes" if a else "no")
print("and:", a and b)
print("or:", b or a)
print("not:", not b)
print("and-chain:", a and a and b)
print("all:", all([a, b]), "any:", any([b, a]))
print("filter:", list(filter(None, [a, b, a])))
print("while:")
n = [T(True, "w1"), T(False, "w2")]
while n.pop(0):
    print("loop body")
print("assert:")
assert a
print("comprehension if:", [x for x in [a, b] if x])
print("conditional import-free ternary:", b if b else a)
# bool() vs truth in 'if' with __len__
class L:
    def __init__(self, n): self.n = n
    def __len__(self): print("len", self.n); return self.n
print(bool(L(0)), "nonempty" if L(2) else "empty")
# chained comparisons short-circuit through __bool__ of results
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return T(self.v < o.v, f"res{self.v}{o.v}")
print(R(1) < R(2) < R(0))
# 'not' on a result of a comparison
print(not (R(3) < R(1)))
# exceptions from __bool__ in conditions
class Bad:
    def __bool__(self): raise ZeroDivisionError("bool failed")
for ctx in ["if Bad(): pass", "x = Bad() and 1", "x = not Bad()", "while Bad(): pass", "x = [1 for _ in [1] if Bad()]", "assert Bad()"]:
    try:
        exec(ctx)
    except ZeroDivisionError as e:
        print(ctx.split()[0], "ZeroDivisionError", e)
