# args: --max-output=1M
# expect: limit output
# sandbox: the output limit
import sys
while True:
    sys.stderr.write('y' * 1000)
