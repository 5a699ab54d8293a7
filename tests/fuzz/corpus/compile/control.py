for i in range(3):
    if i == 1: continue
    while i:
        i -= 1
        if i > 5: break
    else:
        pass
try:
    raise ValueError
except* ValueError as e:
    pass
finally:
    del i
with open as a, b as (c, d):
    assert a, "msg"
