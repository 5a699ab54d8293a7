# except*: break/continue/return are fine in loops and functions nested in an
# except* block, and in the finally of a try/except*
def f():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            def g():
                return "g"
            for j in range(5):
                if j == 1:
                    continue
                if j == 3:
                    break
            k = lambda: 1
        finally:
            if i == 1:
                continue
        print(i, j, g(), k())
    try:
        pass
    except* ValueError:
        pass
    finally:
        return "end"
print(f())
