# args: --max-time=1s
# expect: limit time
# max-seconds: 1.8
# sandbox: huge str->int conversion checks the budget
import sys
sys.set_int_max_str_digits(0)
s = '7' * 3000000
while True:
    x = int(s)
