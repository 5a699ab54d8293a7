# raise ... from ..., __cause__, __context__, chained attributes
class AppError(Exception):
    pass

def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError("missing " + key) from e

print(load("a"))
try:
    load("zz")
except AppError as e:
    print("AppError:", e)
    print("cause type:", type(e.__cause__).__name__, e.__cause__.args)

# from an exception class
try:
    raise ValueError("v") from TypeError
except ValueError as e:
    print("cause from class:", type(e.__cause__).__name__)

# explicit cause assignment
err = RuntimeError("r")
err.__cause__ = KeyError("k")
print(repr(err.__cause__), err.__suppress_context__)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)

# chain of three
def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e
def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("top") from e

try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__cause__
    print(" <- ".join(chain))

# with_traceback returns self
e = ValueError("t")
print(e.with_traceback(None) is e)
print(ValueError("a", 1).args, str(ValueError("a", 1)), str(ValueError()))
