# exceptions inside loops, else-clause errors, and handler ordering
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)

def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise KeyError("from else")
try:
    else_raises()
except KeyError as e:
    print("else raised", e)

def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally after handler raise")
try:
    handler_raises()
except TypeError as e:
    print("caught", e, "context", e.__context__)

total = 0
i = 0
while i < 10:
    i += 1
    try:
        if i % 3 == 0:
            raise ValueError(i)
        total += i
    except ValueError as e:
        total -= e.args[0]
print("total", total)

def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)

attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError("retry")
        print("succeeded after", attempts)
        break
    except ConnectionError:
        print("attempt", attempts, "failed")
