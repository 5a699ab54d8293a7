# args: --max-time=2s
# timeout: 30
# expect: limit time
# sandbox: a huge precision makes the big-int work long; the time limit stops it
from decimal import Decimal, localcontext

with localcontext(prec=10**7):
    print(Decimal(2).sqrt())
