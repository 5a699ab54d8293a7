# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.5
s = 'a' * 10**6
p = 'a' * 5 * 10**5 + 'b'
while True:
    s.find(p)
