# dict and set comprehensions
squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 5 for x in range(30)}))
print(sorted({c for c in "mississippi"}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()})
print({w: len(w) for w in words if len(w) > 5})
print({i: {j: i * j for j in range(3)} for i in range(3)})
print({x: x for x in range(3)} == dict(zip(range(3), range(3))))
d = {str(i): i for i in range(5)}
print(list(d.keys()), list(d.values()))
print(sorted({frozenset([i, i + 1]) for i in range(3)}, key=sorted))
print({k: k * 2 for k in ()})
print(type({x for x in ()}).__name__)
