# generator pipelines and lazy evaluation
def numbers():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def evens(it):
    return (x for x in it if x % 2 == 0)

def squared(it):
    for x in it:
        yield x * x

print(list(take(5, squared(evens(numbers())))))

log = []
def traced(name, it):
    for x in it:
        log.append(f"{name}:{x}")
        yield x
pipeline = traced("b", (x + 1 for x in traced("a", range(3))))
print(log)
print(next(pipeline), log)
print(list(pipeline), log)

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)))

def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))

def primes():
    found = []
    for n in numbers():
        if n >= 2 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(10, primes())))

def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
total = sum(x for x in take(1000, numbers()) if x % 7 == 0)
print(total)
gen = (c.upper() for c in "lazy")
print(gen.__next__(), "".join(gen))
