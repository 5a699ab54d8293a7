# args: --max-instructions=1000000
# expect: limit instructions
# sandbox: long built-ins count against the budget
sum(range(10**15))
