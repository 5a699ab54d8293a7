# args: --max-instructions=100000
# expect: limit instructions
# sandbox: the instruction budget
i = 0
while True:
    i += 1
