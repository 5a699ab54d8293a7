# raise SystemExit with an integer code
def check(items):
    bad = [i for i in items if i < 0]
    return bad

data = [4, 8, -1, 15, -16, 23]
print("checking", len(data), "items")
for d in data:
    print(d, "ok" if d >= 0 else "negative")
bad = check(data)
print("bad count", len(bad))
try:
    raise SystemExit(9)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
if bad:
    print("exiting with 3")
    raise SystemExit(3)
print("never printed")
