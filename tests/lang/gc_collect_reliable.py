# gc.collect() collects an object as soon as the program dropped its last
# reference, wherever that reference was: locals, temporaries, containers,
# closures, generators, exception handlers, instance attributes.
import gc, weakref


class Obj:
    pass


def check(label, wr):
    gc.collect()
    print(label, "collected" if wr() is None else "ALIVE")


# a temporary in an expression
w = weakref.ref(Obj())
check("temporary", w)

# a name rebound
o = Obj()
w = weakref.ref(o)
o = 1
check("rebound", w)

# a local of a finished function
def f():
    x = Obj()
    return weakref.ref(x)


check("function local", f())

# a local of a function that is still running
def g():
    y = Obj()
    wy = weakref.ref(y)
    del y
    check("deleted local", wy)
    z = [Obj(), Obj()]
    wz = weakref.ref(z[1])
    z.pop()
    check("popped in running function", wz)


g()

# container element
lst = [Obj() for _ in range(3)]
w = weakref.ref(lst[1])
del lst[1]
check("list element", w)
dct = {"a": Obj()}
w = weakref.ref(dct["a"])
dct.clear()
check("dict value", w)

# closure cell
def outer():
    cell = Obj()

    def inner():
        return cell
    return inner, weakref.ref(cell)


inn, w = outer()
print(inn() is w())
inn = None
check("closure cell", w)

# generator frame
def gen():
    v = Obj()
    yield weakref.ref(v)
    yield 2


it = gen()
w = next(it)
print(w() is not None)
it = None
check("suspended generator", w)

# exception instance and its traceback
def raiser():
    raise ValueError(Obj())


try:
    raiser()
except ValueError as e:
    w = weakref.ref(e.args[0])
check("exception argument", w)

# attribute of an instance, and a cycle
a = Obj()
a.child = Obj()
w = weakref.ref(a.child)
a.child = None
check("attribute", w)
b = Obj()
b.me = b
w = weakref.ref(b)
del b
check("self cycle", w)
p, q = Obj(), Obj()
p.q, q.p = q, p
wp, wq = weakref.ref(p), weakref.ref(q)
del p, q
gc.collect()
print("two-cycle", wp() is None and wq() is None)

# inside a loop body
ws = []
for i in range(5):
    t = Obj()
    ws.append(weakref.ref(t))
t = None
gc.collect()
print("loop", sum(x() is None for x in ws))

# in a method called on the object being dropped
class Self:
    def drop(self, holder):
        holder.clear()
        return weakref.ref(self)


holder = [Self()]
w = holder[0].drop(holder)
check("self in method", w)

# an object alive in a caller's local stays alive
def keep():
    k = Obj()
    wk = weakref.ref(k)
    def callee():
        gc.collect()
        return wk() is not None
    result = callee()
    print("caller's local alive:", result, k is wk())


keep()
