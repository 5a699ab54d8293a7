# uncaught TypeError
def add(a, b):
    return a + b

print(add(1, 2), add("a", "b"), add([1], [2]))
try:
    add(1, "2")
except TypeError as e:
    print("handled:", e)
try:
    len(42)
except TypeError as e:
    print("handled:", e)
try:
    [1, 2] * "3"
except TypeError as e:
    print("handled:", e)
try:
    {}[[]] = 1
except TypeError as e:
    print("handled:", e)
values = [3, "4", 5]
total = 0
for v in values:
    print("adding", repr(v))
    total = total + v
print("never printed")
