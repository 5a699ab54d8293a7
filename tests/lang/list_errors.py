# list error cases and their messages
l = [1, 2, 3]
tests = [
    lambda: l[3],
    lambda: l[-4],
    lambda: l["a"],
    lambda: l[1.0],
    lambda: l.index(9),
    lambda: l.remove(9),
    lambda: [].pop(),
    lambda: l.pop(10),
    lambda: l + (4,),
    lambda: l * "2",
    lambda: l.insert(),
    lambda: [1, "a"].sort(),
    lambda: list(5),
    lambda: l.__setitem__(5, 0),
    lambda: [3] < ["a"],
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
def assign_slice():
    l[::2] = [1, 2, 3, 4]
try:
    assign_slice()
except ValueError as e:
    print("ValueError:", e)
try:
    del l[5]
except IndexError as e:
    print("IndexError:", e)
print(l[5:], l[-10:1], l[1:100])
print(l)
