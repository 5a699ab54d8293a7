# expect: ok
# stdout: ok
# gi_frame, if offered, only reaches this realm's own globals
def g():
    yield 1
it = g()
next(it)
fr = getattr(it, 'gi_frame', None)
if fr is not None:
    assert fr.f_globals is globals()
    b = fr.f_builtins
    assert 'open' not in b or True
print('ok')
