def f():
    global a
    nonlocal b
    assert x, "m"
    return *a, b
