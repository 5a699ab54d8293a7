# expect: ok
# stdout: ok
async def co():
    return 1
c = co()
fr = c.cr_frame
if fr is not None:
    assert fr.f_globals is globals()
c.close()
print('ok')
