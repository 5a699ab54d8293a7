def r(n): return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("deep", type(e).__name__)
x = []
for i in range(1000000): x.append([i] * 100)
