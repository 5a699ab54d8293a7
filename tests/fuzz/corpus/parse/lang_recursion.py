# recursive functions
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(4)])
print(ackermann(2, 3), ackermann(3, 3))

def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20))
print(fact(30))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + p)
    return out
print(permutations("abc"))

def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3, []]], []]))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**40, 6**20))

def sum_deep(n):
    return 0 if n == 0 else n + sum_deep(n - 1)
print(sum_deep(500))
