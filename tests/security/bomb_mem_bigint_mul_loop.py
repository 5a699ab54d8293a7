# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# expect: limit time
# (the squaring of a 16 MB int is priced before it starts: a time limit hit
#  at once instead of minutes of uninterruptible work)
# sandbox: the heap limit
x = 3
while True:
    x = x * x
