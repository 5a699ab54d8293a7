# decimal: format() over random specs (fill, align, sign, z, #, 0, width, ',',
# precision, type) and random values; the results and the errors.
import random
from decimal import *
R = random.Random(9)
for i in range(250):
    digs = ''.join(R.choice('0123456789') for _ in range(R.choice([1,2,3,5,8,15])))
    v = Decimal(R.choice(['','-']) + digs + 'E' + str(R.randint(-12, 12)))
    fill = R.choice(['', '', '*', '0'])
    align = R.choice(['', '', '<', '>', '^', '='])
    if fill and not align: fill = ''
    spec = fill + align + R.choice(['', '', '+', '-', ' ']) + R.choice(['', 'z']) + R.choice(['', '#']) + R.choice(['', '0']) + R.choice(['', '', '8', '15', '1']) + R.choice(['', ',']) + R.choice(['', '.0', '.1', '.3', '.7']) + R.choice(['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'])
    try:
        r = format(v, spec)
    except Exception as e:
        r = type(e).__name__ + str(e)
    print(v, repr(spec), repr(r))
