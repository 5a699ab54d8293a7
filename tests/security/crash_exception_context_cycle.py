# expect: ok
# stdout: ok
try:
    try:
        raise ValueError
    except ValueError as e:
        e2 = KeyError()
        e2.__context__ = e
        e.__context__ = e2
        raise e2
except KeyError:
    pass
print('ok')
