# AssertionError messages from assert and explicit raises; uncaught assertion ends the run
def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x
for v in [1, -1]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print("AssertionError:", e)
def check_type(x):
    assert isinstance(x, int), type(x)
try:
    check_type("s")
except AssertionError as e:
    print(repr(e.args[0]))
# assert message of various types
for msg in [None, 0, [], (1, 2), {"k": 1}, Exception("inner")]:
    try:
        assert False, msg
    except AssertionError as e:
        print(type(e.args[0]).__name__, repr(e))
# assert in comprehension and lambda
try:
    [x for x in range(3) if (lambda v: v < 2)(x) or check_positive(-x)]
except AssertionError as e:
    print("comprehension:", e)
# assertions are not disabled
print(__debug__)
# parenthesised assert condition is fine
assert (1 == 1), "ok"
assert (
    2 > 1
), "multi-line"
print("passed")
check_positive(0)
