# RecursionError from C-level re-entry on deep containers, never a crash
import sys
def nest_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
deep = nest_list(3000)
for name, f in [("repr", repr), ("str", str), ("eq", lambda v: v == nest_list(3000)), ("hash-tuple", None)]:
    if f is None:
        continue
    try:
        f(deep)
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError")
t = ()
for _ in range(3000):
    t = (t,)
try:
    t == t
    print("tuple self eq ok (identity)")
except RecursionError:
    print("tuple eq RecursionError")
t2 = ()
for _ in range(3000):
    t2 = (t2,)
try:
    t == t2
    print("eq ok")
except RecursionError:
    print("tuple eq RecursionError")
d = {}
for _ in range(3000):
    d = {"k": d}
try:
    repr(d)
except RecursionError:
    print("dict repr RecursionError")
# shallow enough nesting works
print(len(repr(nest_list(200))))
# self-referencing containers print with ellipsis
l = [1]; l.append(l)
dd = {}; dd["self"] = dd
print(l, dd, repr(l), str(dd))
s = [[]]; s[0].append(s)
print(s)
# comparison of self-referencing lists
a = []; a.append(a)
b = []; b.append(b)
try:
    print(a == a)
    a == b
except RecursionError:
    print("self-ref eq RecursionError")
# sorting nested lists deeply
x = nest_list(50000)
y = nest_list(50000)
try:
    sorted([x, y])
    print("sorted ok")
except RecursionError:
    print("sorted RecursionError")
print("still alive", sys.getrecursionlimit())
