# return/break/continue interplay with finally
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2

print(f1())
print(f2())
print(f3())
print(f4())
print(f5())

def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()

def count_finally():
    log = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                log.append("f%d" % i)
        except ValueError:
            log.append("caught%d" % i)
    return log
print(count_finally())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(while_finally())
