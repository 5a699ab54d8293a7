# args: --max-time=1s
# sandbox: the limits of the sandbox
# expect: exception ValueError
# Exceeds the limit (4300 digits) for integer string conversion
x = 10 ** 200000
str(x)
