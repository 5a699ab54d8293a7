# if / elif / else with various truth values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 9, 10, 100]:
    print(v, classify(v))

for v in [0, 1, "", "a", [], [0], {}, {1: 2}, None, 0.0, 0.5, (), (None,)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")

if not x:
    print("not x")
elif x == 5 and x != 4:
    print("elif with and")

y = 0
if y: print("one-line if")
else: print("one-line else")

def sign(n):
    if n > 0: return 1
    if n < 0: return -1
    return 0
print([sign(i) for i in (-3, 0, 7)])
