# args: --max-time=1s
# expect: limit time
# max-seconds: 1.5
# sandbox: built-in loops check the budget
sum(range(10**15))
