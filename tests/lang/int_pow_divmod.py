# pow and divmod tables, modular arithmetic
for a in (-7, -1, 0, 1, 7):
    print(a, [divmod(a, b) for b in (-3, -1, 1, 3)])
print([pow(2, e) for e in range(-2, 6)])
print([pow(b, 3, 7) for b in range(-3, 8)])
print([pow(b, -1, 11) for b in range(1, 11)])
print(pow(3, 2 ** 64, 2 ** 61 - 1), pow(10, 100, 97), pow(-2, 3, 5), pow(2, 3, -5))
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, 1009) == pow(b, e, 1009) for b in range(20) for e in range(20)))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), egcd(17, 5))
print([(n, 2 ** n % 1000) for n in (10, 50, 100)])
print((-7) ** 2, -7 ** 2, (-2) ** 63, 2 ** 63 - 1, (-1) ** 101)
print(0 ** 0, 0 ** 5, 1 ** 1000, 10 ** 0, (-3) ** 0)
print(9 ** 0.5, 27 ** (1 / 3) > 2.99, 2 ** 0.5 ** 2, (2 ** 0.5) ** 2)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(4, -1, 8)
except ValueError as e:
    print("ValueError:", e)
print(divmod(10 ** 30 + 7, 10 ** 15), divmod(-(10 ** 30), 7), divmod(10 ** 30, -7))
print(7 // 0.5, 7 % 0.5, -7 // 0.5, divmod(5, 0.3)[0], round(divmod(5, 0.3)[1], 10))
