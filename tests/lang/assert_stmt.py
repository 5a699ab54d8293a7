# assert statement
assert True
assert 1 == 1, "not shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError args:", e.args)

try:
    assert False, "with message"
except AssertionError as e:
    print("message:", e)

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args[0])

calls = []
def msg():
    calls.append(1)
    return "computed"
assert 5 > 3, msg()
print("message evaluated when true:", len(calls))
try:
    assert 5 < 3, msg()
except AssertionError as e:
    print(e, len(calls))

def check(x):
    assert isinstance(x, int), "need int, got %s" % type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
x = 0
assert (x := x + 1)
print("walrus in assert", x)
