# except*: loops, returns and finally around try/except*, nested except* in a handler
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
    except* ValueError:
        pass
    else:
        print("else", i)
        continue
print("i", i)
def g():
    for i in range(3):
        try:
            return i
        except* ValueError:
            pass
        finally:
            print("fin")
print(g())
def h():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as e:
        gen = (x for x in e.exceptions)
        print(list(gen))
    return "h"
print(h())
try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError as e:
    try:
        raise ExceptionGroup("y", [TypeError(2)])
    except* TypeError as f:
        print("inner", repr(f), repr(f.__context__))
    print(repr(e))
import sys
print(sys.exception())
