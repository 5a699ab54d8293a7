# prime sieve, factorization, gcd/lcm
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k, p in enumerate(is_prime) if p]

primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 97, 360, 1001, 2 ** 19 - 1, 600851475143]:
    print(n, factorize(n))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), lcm(4, 6), gcd(0, 5))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print("lcm 1..20 =", acc)
def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(50) if is_prime(n)] == sieve(49))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins[:6])
print(sum(sieve(1000)))
