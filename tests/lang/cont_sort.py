# list.sort / sorted: stability, key, reverse, errors, mutation during sort
seed = 5
data = []
for i in range(500):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append((seed >> 16) % 10, i) if False else data.append(((seed >> 16) % 10, i))
s = sorted(data, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
s = sorted(data, key=lambda p: p[0], reverse=True)
print(all(s[i][0] > s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1)))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3.5, -1, 2, 0.5, 10**20, -10**20]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello"), sorted([]), sorted([1]))
a = list(range(100, 0, -1)); a.sort(); print(a[:5], a[-3:])
a = [5, 3, 1]; a.sort(reverse=1); print(a)

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]))

def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: sorted([1, "a"]))
err(lambda: [1, 2].sort(key=lambda x: 1 / 0))
err(lambda: [1, 2].sort(lambda x: x))
err(lambda: [1, 2].sort(reverse="x"))
victim = [3, 2, 1]
def k(x):
    victim.append(x)
    return x
err(lambda: victim.sort(key=k))
print(victim)
seen = []
def k2(x):
    seen.append(len(victim))
    return -x
victim.sort(key=k2)
print(victim, seen)
one = [1]
one.sort(key=lambda x: print("key called", x))
