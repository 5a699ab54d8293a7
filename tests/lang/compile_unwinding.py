# Compiler: returns, breaks and continues leaving handlers, finally bodies and with blocks.
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0] is not None); return False
def r1():
    try:
        raise ValueError
    except ValueError:
        with Ctx(1):
            for i in range(3):
                if i == 1:
                    return "r1-" + str(i)
def r2():
    for i in range(3):
        try:
            raise KeyError
        except KeyError:
            if i == 0:
                continue
            if i == 1:
                break
    return "r2-" + str(i)
def r3():
    for i in range(4):
        try:
            pass
        finally:
            if i < 2:
                continue
            break
    return "r3-" + str(i)
def r4():
    try:
        try:
            raise ValueError("a")
        finally:
            print("f1")
    except ValueError:
        print("caught a")
    try:
        try:
            raise ValueError("b")
        finally:
            return "r4 swallowed"
    except ValueError:
        print("never")
def r5():
    x = []
    for i in range(3):
        with Ctx(i):
            try:
                if i == 1:
                    continue
                x.append(i)
            finally:
                x.append(-i)
    return x
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("gen fin")
def r6():
    out = []
    for v in g1():
        out.append(v)
    return out
def r7():
    try:
        return [i for i in range(3)]
    finally:
        print("r7 fin")
def r8():
    e = "before"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return "e unbound"
def r9():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError as k:
            return "nested " + type(k).__name__
def r10():
    res = []
    for a in range(2):
        for b in range(3):
            if b == 1:
                break
            res.append((a, b))
        else:
            res.append("no")
    return res
for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10]:
    print(f.__name__, f())
def exc_in_handler():
    try:
        raise ValueError
    except ValueError:
        raise KeyError
try:
    exc_in_handler()
except KeyError:
    print("key from handler")
def reraise():
    try:
        raise ValueError
    except ValueError:
        raise
try:
    reraise()
except ValueError:
    print("reraised")
try:
    raise TypeError from None
except TypeError as t:
    print("from None")
