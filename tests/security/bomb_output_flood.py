# args: --max-output=1M
# expect: limit output
# sandbox: the output limit
while True:
    print('x' * 1000)
