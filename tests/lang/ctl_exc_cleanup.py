# exception variables are cleared, __traceback__ references, nested handlers reuse names
def f():
    try:
        raise ValueError("first")
    except ValueError as e:
        saved = e
    try:
        e
    except NameError as err:
        print("NameError", err)
    return saved
ex = f()
print(type(ex).__name__, ex, ex.__traceback__ is not None)
# the name is deleted even if it existed before
e = "preexisting"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in dir())
# nested handlers using the same name
try:
    raise ValueError("outer")
except ValueError as err:
    try:
        raise TypeError("inner")
    except TypeError as err:
        print("inner", err)
    try:
        print(err)
    except NameError as ne:
        print("NameError after inner handler", ne)
# global declared name in handler
def g():
    global gname
    try:
        raise OSError("x")
    except OSError as gname:
        pass
g()
print("gname" in globals())
# traceback line numbers of a caught exception
def raiser():
    raise RuntimeError("line check")
try:
    raiser()
except RuntimeError as err:
    tb = err.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno); tb = tb.tb_next
    print(lines)
