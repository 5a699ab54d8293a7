# uncaught exception raised without a message
def check(values):
    for v in values:
        if v is None:
            raise ValueError
    return len(values)

print(check([1, 2, 3]))
try:
    check([None])
except ValueError as e:
    print("handled, args:", e.args, "str:", repr(str(e)))
try:
    raise KeyError
except KeyError as e:
    print("KeyError args:", e.args, repr(e))
print(repr(ValueError()), str(ValueError()) == "")
items = [[1], [2, 3], [4, None]]
for it in items:
    print("checked", check(it))
print("never printed")
