# infinite recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError caught")
    print(isinstance(e, RuntimeError))

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")

# the interpreter is usable afterwards
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))

class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(100):
    head = Node(head)
print(head.length())

def recurse_in_except(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n > 0:
            return recurse_in_except(n - 1)
        return "bottom"
print(recurse_in_except(50))
