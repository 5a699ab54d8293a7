# while loops with break, continue and else
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i
print("sum of odds", total)

n = 0
while True:
    n += 1
    if n * n > 50:
        break
print("first square over 50:", n)

k = 0
while k < 3:
    k += 1
else:
    print("else ran, k =", k)

k = 0
while k < 3:
    k += 1
    if k == 2:
        break
else:
    print("should not print")
print("after break, k =", k)

# nested while with break out of inner only
a = 0
pairs = []
while a < 3:
    b = 0
    while True:
        if b > a:
            break
        pairs.append((a, b))
        b += 1
    a += 1
print(pairs)

# collatz
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(x) for x in range(1, 12)])

# while with else when condition false at start
while False:
    pass
else:
    print("else on empty while")
