# args: --max-recursion=100000
# expect: exception RecursionError
# recursion through C (repr of nested lists) at the highest limit
x = []
for _ in range(300000):
    x = [x]
repr(x)
