# Objects of a dead cycle are all finalized by the same collection; weak
# references to them are already cleared when their __del__ runs (CPython's
# order for cyclic garbage); they are freed afterwards.
import gc, weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        # the peer is still a whole object, even if it was finalized first
        log.append((self.name, self.peer.name if self.peer else None,
                    self.wr() if hasattr(self, "wr") else "no ref"))


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
a.wr = weakref.ref(a)
b.wr = weakref.ref(b)
wa, wb = a.wr, b.wr
del a, b
gc.collect()
print(sorted(log))
print(wa(), wb())

# a ring of many objects
log.clear()
ring = [Node("n%d" % i) for i in range(50)]
for i, n in enumerate(ring):
    n.peer = ring[(i + 1) % 50]
del n
ring = None
gc.collect()
print(len(log), sorted(x[0] for x in log)[:3])

# a finalizable object reachable from a dying cycle without one
log.clear()


class Plain:
    pass


p = Plain()
p.me = p
p.node = Node("held")
p.node.peer = Node("leaf")
del p
gc.collect()
print(sorted(log))

# weak callbacks run before __del__ methods of the same collection
order = []


class Tracked:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        order.append("del %d" % self.n)


t = Tracked(1)
keep_ref = weakref.ref(t, lambda r: order.append("callback"))
del t
gc.collect()
print(order)

# objects created while finalizing are collected later
class Spawner:
    made = []

    def __init__(self, depth):
        self.depth = depth
        self.me = self

    def __del__(self):
        if self.depth:
            Spawner(self.depth - 1)
        Spawner.made.append(self.depth)


Spawner(3)
for _ in range(6):
    gc.collect()
print(sorted(Spawner.made))
