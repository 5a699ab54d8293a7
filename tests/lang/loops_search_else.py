# for/while-else used for searching, nested loop control
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")
for n in [7, 12, 13, 25, 2]:
    find_divisor(n)

def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                break
        else:
            continue
        return r, c
    return None
print(first_negative([[1, 2], [3, -4], [-5, 6]]), first_negative([[1], [2]]))

n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while finished normally at", n)

count = 0
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        count += 1
print("pairs with j <= i:", count)

for i in range(3):
    try:
        if i == 1:
            continue
        print("processing", i)
    finally:
        print("finally", i)
else:
    print("for-else after continue inside try")

for outer in "ab":
    for inner in "xyz":
        if inner == "y":
            break
        print(outer, inner)
    else:
        print("never")

found = False
k = 0
while not found:
    k += 1
    found = k * k > 40
print("smallest k with k*k > 40:", k)
result = [x for x in range(20) if all(x % d for d in range(2, x)) and x > 1]
print(result)
