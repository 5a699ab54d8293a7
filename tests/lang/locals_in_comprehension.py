# locals(), vars() and dir() inside list/set/dict comprehensions see the
# enclosing function's variables (CPython 3.13 inlines them, PEP 709), not
# the hidden .0; generator expressions keep their own frame.
def f():
    y = 1
    z = [sorted(locals()) for a in range(1)]
    w = {k: sorted(locals()) for k in "b"}
    g = list(sorted(locals()) for c in range(1))
    return z, w, g
print(f())
class C:
    q = 1
    r = [sorted(locals()) for a in range(1)]
print(C.r)
m = [sorted(k for k in locals() if not k.startswith('__')) for a in range(1)]
print(m)
def h():
    x = 5
    return [vars() for i in range(1)], [dir() for j in range(1)]
print(h())
