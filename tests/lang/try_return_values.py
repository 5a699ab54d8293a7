# what value a function returns when try/except/finally interact
def a():
    try:
        return 1
    except Exception:
        return 2
def b():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        pass
def c():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        return "finally"
def d():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally")
def e():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop end"
def f():
    try:
        pass
    finally:
        return "only finally"
def g():
    try:
        return "try"
    finally:
        print("g finally runs before return completes")
def h(n):
    try:
        if n:
            return "early"
    except Exception:
        pass
    else:
        return "else"
    finally:
        print("h finally", n)
print(a(), b(), c(), d(), e(), f())
print(g())
print(h(1), h(0))
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def gen():
    try:
        yield 1
        return "gen return"
    finally:
        print("gen finally")
try:
    g2 = gen()
    next(g2)
    next(g2)
except StopIteration as stop:
    print("value", stop.value)
