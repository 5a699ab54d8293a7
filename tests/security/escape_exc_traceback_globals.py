# expect: ok
# stdout: ok
import sys
def f():
    raise ValueError
try:
    f()
except ValueError:
    tb = sys.exc_info()[2]
n = 0
while tb is not None:
    fr = getattr(tb, 'tb_frame', None)
    if fr is not None:
        assert fr.f_globals is globals()
    tb = tb.tb_next
    n += 1
print('ok')
