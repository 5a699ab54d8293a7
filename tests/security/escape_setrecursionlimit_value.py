# args: --max-recursion=500
# expect: ok
# stdout: True
# sandbox: the realm's recursion limit caps sys.setrecursionlimit
import sys
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit() <= 500)
