def f(n):
    if n == 0: raise KeyError(n)
    return f(n - 1)
try:
    f(5)
except (KeyError, ValueError) as e:
    print(repr(e), e.__traceback__ is not None)
try:
    try: 1 / 0
    finally: print("fin")
except ZeroDivisionError as e:
    raise RuntimeError("x") from e
