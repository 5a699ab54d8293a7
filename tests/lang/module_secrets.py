import random, secrets, string

s = random.SystemRandom()
print(isinstance(s, random.Random), random.SystemRandom.__mro__[1].__name__, "SystemRandom" in random.__all__)
for f in [s.random() for _ in range(50)]:
    assert type(f) is float and 0.0 <= f < 1.0
print("random ok")
for k in [0, 1, 7, 8, 9, 31, 64, 100]:
    vals = [s.getrandbits(k) for _ in range(30)]
    assert all(type(v) is int and 0 <= v < (1 << k) if k else v == 0 for v in vals), k
print("getrandbits ok")
for n in [0, 1, 5, 32]:
    b = s.randbytes(n)
    print(type(b).__name__, len(b))
for _ in range(100):
    v = s.randint(3, 7)
    assert 3 <= v <= 7
    v = s.randrange(0, 100, 5)
    assert v % 5 == 0 and 0 <= v < 100
    v = s.uniform(-1.0, 1.0)
    assert -1.0 <= v <= 1.0
    assert s.choice("abc") in "abc"
lst = list(range(20))
s.shuffle(lst)
print(sorted(lst) == list(range(20)), len(s.sample(range(100), 10)), len(set(s.sample(range(100), 10))))
print(len(s.choices("ab", k=7)), type(s.gauss()).__name__, type(s.normalvariate(1, 2)).__name__)
print(s.seed(5), s.seed())
big = s.getrandbits(4096)
print(big.bit_length() > 4000)

def show(label, fn):
    try:
        r = fn()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

show("getstate", s.getstate)
show("setstate", lambda: s.setstate(None))
show("bits -1", lambda: s.getrandbits(-1))
show("randbytes -1", lambda: s.randbytes(-1))
show("choice empty", lambda: s.choice([]))
show("randrange empty", lambda: s.randrange(5, 5))

print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY, secrets.SystemRandom is random.SystemRandom)
for n in [None, 0, 1, 2, 3, 4, 5, 16, 33]:
    tb = secrets.token_bytes(n)
    th = secrets.token_hex(n)
    tu = secrets.token_urlsafe(n)
    assert all(c in string.hexdigits for c in th)
    assert all(c in string.ascii_letters + string.digits + "-_" for c in tu)
    print(n, type(tb).__name__, len(tb), len(th), len(tu), th == th.lower())
for _ in range(200):
    v = secrets.randbelow(10)
    assert 0 <= v < 10
    assert secrets.randbelow(1) == 0
    assert 0 <= secrets.randbits(12) < 4096
    assert secrets.choice([1, 2, 3]) in (1, 2, 3)
print("secrets ok", secrets.randbits(0))
seen = {secrets.token_hex(16) for _ in range(20)}
print(len(seen))
show("randbelow 0", lambda: secrets.randbelow(0))
show("randbelow -5", lambda: secrets.randbelow(-5))
show("randbits -1", lambda: secrets.randbits(-1))
show("token_bytes -1", lambda: secrets.token_bytes(-1))
show("token_hex 1.5", lambda: secrets.token_hex(1.5))
show("choice empty", lambda: secrets.choice([]))

for a, b in [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), (b"", b""), ("abc", "abc"), ("abc", "abd"),
             ("ab", "abc"), (bytearray(b"xy"), b"xy"), (memoryview(b"xy"), bytearray(b"xy")), (b"xy", memoryview(b"xz"))]:
    print(type(a).__name__, type(b).__name__, secrets.compare_digest(a, b))
show("cd int", lambda: secrets.compare_digest(1, 2))
show("cd str bytes", lambda: secrets.compare_digest("a", b"a"))
show("cd bytes str", lambda: secrets.compare_digest(b"a", "a"))
show("cd nonascii", lambda: secrets.compare_digest("é", "é"))
show("cd none", lambda: secrets.compare_digest(None, b"a"))
