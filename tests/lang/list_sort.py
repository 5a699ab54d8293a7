# list.sort and sorted with key and reverse, stability
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((3, 1)), sorted({3: 0, 1: 0}))
print(sorted([-3, 2, -1, 4], key=abs), sorted([[2, 1], [1, 2], [1, 1]]))
print(sorted([1.5, 1, True, 0.5]), sorted([]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
data = [5, 3, 1]
result = data.sort()
print(result, data)
original = [3, 1, 2]
new = sorted(original)
print(original, new)
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "Item(%d)" % self.n
print(sorted([Item(3), Item(1), Item(2)]))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
big = list(range(100, 0, -7))
big.sort()
print(big)
print(sorted(range(10), key=lambda x: x % 3))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
