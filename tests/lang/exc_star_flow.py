# except*: else/finally, loops around, functions returning around it
def f(kind):
    out = []
    try:
        out.append("body")
        if kind == 1:
            raise ExceptionGroup("g", [ValueError(1)])
        if kind == 2:
            raise ExceptionGroup("g", [TypeError(2)])
        if kind == 3:
            raise ValueError(3)
    except* ValueError:
        out.append("value")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out

for k in range(4):
    try:
        print(k, f(k))
    except ExceptionGroup as e:
        print(k, "escaped", repr(e))

# finally runs when a handler raises
def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("k")
    finally:
        print("finally of g")
try:
    g()
except ExceptionGroup as e:
    print(repr(e))

# return inside finally of a try/except* (allowed) swallows the group
def h():
    try:
        raise ExceptionGroup("g", [TypeError(1)])
    except* ValueError:
        pass
    finally:
        return "from finally"
print(h())

# loops: break and continue around (not inside) except*
res = []
for i in range(5):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
        res.append(i)
    except* ValueError as e:
        res.append(-e.exceptions[0].args[0])
    if i == 3:
        break
print(res)

# a loop inside a handler may break
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for j in range(10):
        if j == 2:
            break
    print("j", j)

# a function inside a handler may return
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    def inner():
        return "inner ok"
    print(inner())

# nested try/except* in else and finally
try:
    pass
except* ValueError:
    pass
else:
    try:
        raise ExceptionGroup("in else", [OSError(1)])
    except* OSError as e:
        print("else handled", e.message)
finally:
    print("outer finally")

# generators with except*
def gen():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("gen", [ValueError(i)])
            yield i
        except* ValueError:
            yield "handled"
print(list(gen()))

# deep nesting in a loop
total = 0
for i in range(100):
    try:
        try:
            raise ExceptionGroup("a", [ValueError(i), TypeError(i)])
        except* ValueError as e:
            total += e.exceptions[0].args[0]
    except* TypeError as e:
        total += 1
print(total)
