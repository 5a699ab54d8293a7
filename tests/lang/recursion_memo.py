# memoized recursion with dicts and closures, mutual recursion, recursion over structures
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(100), fib(300) % 10 ** 10, len(memo))

def make_memo(fn):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapped.cache = cache
    return wrapped

@make_memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16), len(grid_paths.cache))

@make_memo
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
print([catalan(i) for i in range(15)])

def flatten(obj):
    if isinstance(obj, dict):
        return {k2: v2 for k, v in obj.items() for k2, v2 in
                ((k + "." + kk, vv) for kk, vv in flatten(v).items())} if obj else {}
    return {"": obj}
nested = {"a": {"b": 1, "c": {"d": 2}}, "e": 3}
print({k.rstrip("."): v for k, v in flatten(nested).items()})

def count_leaves(tree):
    if not isinstance(tree, (list, tuple)):
        return 1
    return sum(count_leaves(t) for t in tree)
print(count_leaves([1, [2, 3, (4, 5)], [[6]], []]))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(len(power_set(list(range(10)))), power_set("ab"))

def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best))
