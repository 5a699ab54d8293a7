# __del__ runs when the collector finds the object unreachable, once.
import gc


class D:
    count = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        D.count += 1
        print("del", self.name)


a = D("a")
print("created")
del a
gc.collect()
print("after first collect", D.count)

# rebinding drops the old object
b = D("b1")
b = D("b2")
gc.collect()
print("rebound", D.count)
b = None
gc.collect()
print("cleared", D.count)

# locals of a returned function
def make():
    local = D("local")
    return local.name


name = make()
gc.collect()
print(name, D.count)

# objects in containers
lst = [D("l%d" % i) for i in range(3)]
lst.pop()
gc.collect()
print(D.count)
del lst[0]
gc.collect()
print(D.count)
lst.clear()
gc.collect()
print(D.count)

# __del__ runs once even if collect is called again
c = D("c")
c = None
gc.collect()
gc.collect()
gc.collect()
print(D.count)

# a self-referencing object (a cycle) is finalized too
e = D("cycle")
e.me = e
del e
gc.collect()
print(D.count)

# __del__ can use its attributes and globals
class Acc:
    total = []

    def __init__(self, v):
        self.v = [v, v * 2]

    def __del__(self):
        Acc.total.append(sum(self.v))


for i in range(5):
    Acc(i)
gc.collect()
print(sorted(Acc.total))

# calling __del__ explicitly is an ordinary call
f = D("explicit")
f.__del__()
print(D.count)
del f
gc.collect()
print(D.count)
