# recursive generators
def walk(tree, path=()):
    if isinstance(tree, dict):
        for k in tree:
            yield from walk(tree[k], path + (k,))
    else:
        yield "/".join(path), tree

fs = {"usr": {"bin": {"python": 1, "ls": 2}, "lib": {}}, "etc": {"hosts": 3}, "tmp": 4}
for p, v in walk(fs):
    print(p, v)

def permutations(seq):
    if len(seq) <= 1:
        yield seq
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield x + rest
print(list(permutations("abc")), sum(1 for _ in permutations("abcde")))

def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(5))
print(len(moves), moves[:4], moves[-1])

def inorder(node):
    if node is not None:
        left, val, right = node
        yield from inorder(left)
        yield val
        yield from inorder(right)
tree = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(list(inorder(tree)))

def partitions(n, maximum=None):
    maximum = n if maximum is None else maximum
    if n == 0:
        yield []
        return
    for k in range(min(n, maximum), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest
print(list(partitions(5)), sum(1 for _ in partitions(20)))

def depth_counter(n):
    if n == 0:
        return "bottom"
    r = yield from depth_counter(n - 1)
    yield n
    return r + "+" + str(n)
def driver():
    r = yield from depth_counter(4)
    yield r
print(list(driver()))
