# args: --max-time=1s
# expect: limit time
# max-seconds: 1.5
# sandbox: colliding int keys (multiples of 2**61-1 hash to 0) make dict inserts quadratic
M = 2**61 - 1
d = {}
i = 0
while True:
    d[i * M] = i
    i += 1
