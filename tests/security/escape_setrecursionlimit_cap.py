# args: --max-recursion=500
# expect: exception RecursionError
# sandbox: the realm's recursion limit caps sys.setrecursionlimit
import sys
sys.setrecursionlimit(10**6)
def f(n): return f(n + 1)
f(0)
