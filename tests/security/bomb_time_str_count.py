# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: limit time
# max-seconds: 1.5
s = 'a' * 10**7
while True:
    s.count('ab')
