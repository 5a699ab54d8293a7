# args: --max-instructions=100000 --max-time=20s
# timeout: 30
# expect: limit instructions
# sandbox: filling a wide grouped number counts against the budget
for _ in range(1000):
    format(5, "0100000000_")
