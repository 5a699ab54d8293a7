# args: --max-memory=64M --max-time=50s
# timeout: 60
# expect: exception MemoryError
# sandbox: the heap limit
# max-rss: 64M+base
s = 'ab'
while True:
    s = s + s
