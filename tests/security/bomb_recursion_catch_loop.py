# args: --max-recursion=100000
# expect: ok
# stdout: caught 20
def f(n):
    return f(n + 1)
n = 0
for _ in range(20):
    try:
        f(0)
    except RecursionError:
        n += 1
print('caught', n)
