# args: --max-time=1s
# expect: limit time
# max-seconds: 1.8
# sandbox: huge int->str conversion checks the budget
import sys
sys.set_int_max_str_digits(0)
x = 7 ** 3000000
while True:
    s = str(x)
