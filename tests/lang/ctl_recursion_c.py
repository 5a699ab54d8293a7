# RecursionError from C-level re-entry (comparisons, repr, hash of
# self-referencing or deeply nested containers), never a crash
import sys
# self-referencing lists and dicts compared with each other recurse without end
a = []; a.append(a)
b = []; b.append(b)
print(a == a, a is a[0])
for label, f in [("list eq", lambda: a == b), ("list ne", lambda: a != b), ("list lt", lambda: a < b)]:
    try:
        f()
        print(label, "ok")
    except RecursionError:
        print(label, "RecursionError")
d = {}; d["k"] = d
e = {}; e["k"] = e
try:
    d == e
except RecursionError:
    print("dict eq RecursionError")
t1 = [{"k": None}]; t1[0]["k"] = t1
t2 = [{"k": None}]; t2[0]["k"] = t2
try:
    t1 == t2
except RecursionError:
    print("mixed eq RecursionError")
# repr/str of self-references print an ellipsis instead
l = [1]; l.append(l)
dd = {}; dd["self"] = dd
s = [[]]; s[0].append(s)
print(l, dd, repr(l), str(dd), s)
class Box:
    def __init__(self): self.items = []
    def __repr__(self): return f"Box({self.items!r})"
bx = Box(); bx.items.append(bx)
try:
    repr(bx)
except RecursionError:
    print("Box repr RecursionError")
# __eq__ that compares containers holding itself
class Node:
    def __init__(self): self.children = []
    def __eq__(self, o): return isinstance(o, Node) and self.children == o.children
    __hash__ = object.__hash__
n1, n2 = Node(), Node()
n1.children.append(n1); n2.children.append(n2)
try:
    n1 == n2
except RecursionError:
    print("Node eq RecursionError")
# hash of a tuple whose element hashes through a Python method back into the tuple
class H:
    def __hash__(self): return hash(self.t)
h = H(); h.t = (1, h)
try:
    hash(h)
except RecursionError:
    print("hash RecursionError")
# shallow nesting works
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
print(len(repr(nest(200))), nest(300) == nest(300), nest(50) < nest(51))
# sorting with keys that compare recursively
try:
    sorted([a, b])
except RecursionError:
    print("sort RecursionError")
# the interpreter is usable afterwards
print("still alive", sys.getrecursionlimit(), [1, [2, [3]]] == [1, [2, [3]]])
