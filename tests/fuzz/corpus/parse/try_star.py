try:
    pass
except* (A, B) as e:
    raise
finally:
    del a, b[1:2:3]
