# expect: ok
# stdout: ok
# tb_frame, if offered, must only lead to this realm's own globals
def f():
    1 / 0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
    fr = getattr(tb, 'tb_frame', None)
    while fr is not None:
        g = fr.f_globals
        assert g is globals(), g
        fr = fr.f_back
print('ok')
