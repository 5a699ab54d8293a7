# generator state, local variables preserved, generators in classes
def stateful():
    total = 0
    count = 0
    while True:
        x = yield (total, count)
        if x is None:
            break
        total += x
        count += 1
    yield "final", total

g = stateful()
print(next(g))
for v in [5, 10, 15]:
    print(g.send(v))
print(g.send(None))

class Tree:
    def __init__(self, val, *children):
        self.val = val
        self.children = children
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
for d, v in t.depth_first():
    print("  " * d + str(v))

def gen_with_locals(n):
    squares = []
    for i in range(n):
        squares.append(i * i)
        yield list(squares)
print(list(gen_with_locals(4)))

def two_gens():
    a = (i for i in range(3))
    b = (i * 10 for i in range(3))
    return [x + y for x, y in zip(a, b)]
print(two_gens())

def gen_exc():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        yield "handled " + str(e)
    yield 3
print(list(gen_exc()))

g1 = stateful()
g2 = stateful()
next(g1); next(g2)
g1.send(100)
print(g1.send(1), g2.send(2))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
