# return/break/continue interplay with finally and exceptions
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        raise ValueError
    finally:
        return "finally swallowed"
print(f2())
def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(f3())
def f4():
    try:
        return 1
    finally:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
print(f4())
def f5():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally")
print(f5())
def f6():
    try:
        try:
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError as e:
        return "outer caught " + str(e)
print(f6())
def f7():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f7 finally")
print(f7())
def f8():
    try:
        raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f8 finally")
print(f8())
def f9():
    try:
        raise ValueError("from try")
    except ValueError:
        raise TypeError("from except")
    finally:
        print("f9 finally")
try:
    f9()
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)
def f10():
    while True:
        try:
            break
        finally:
            print("f10 finally on break")
    return "after loop"
print(f10())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gi = gen()
for v in gi:
    print("got", v)
    break
gi.close()
print("after break")
# exception in else is not caught by the same try's handlers
def f11():
    try:
        pass
    except ValueError:
        return "handler"
    else:
        raise ValueError("in else")
try:
    f11()
except ValueError as e:
    print("ValueError", e)
# nested finally order
def f12():
    try:
        try:
            return "value"
        finally:
            print("first")
    finally:
        print("second")
print(f12())
# finally overriding return with another return
def f13():
    try:
        return "a"
    finally:
        return "b"
print(f13())
