# for loops over various iterables, break/continue/else
for ch in "abc":
    print(ch, end=" ")
print()

for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)

for x in range(5):
    if x == 3:
        print("break at", x)
        break
else:
    print("no")

for x in range(3):
    pass
else:
    print("else after full loop, x =", x)

for x in []:
    print("never")
else:
    print("else after empty loop")

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

for k in {"one": 1, "two": 2, "three": 3}:
    print("key", k)

for a, *rest in [(1, 2, 3), (4, 5), (6,)]:
    print(a, rest)

# loop variable survives loop
for last in range(4):
    pass
print("last", last)

# modifying the loop variable does not affect iteration
for i in range(3):
    print("i", i)
    i = 100

# nested loops with break from inner
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# iterating over a tuple of tuples
total = 0
for row in ((1, 2), (3, 4), (5, 6)):
    for v in row:
        total += v
print("total", total)
