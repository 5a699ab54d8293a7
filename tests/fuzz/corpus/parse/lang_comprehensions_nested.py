# nested comprehensions and generator expressions
matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
print(matrix)
print([[row[c] for row in matrix] for c in range(3)])
print([x for row in matrix for x in row if x % 2 == 0])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print({(r, c): matrix[r][c] for r in range(2) for c in range(2)})
print({x: [y for y in range(x)] for x in range(4)})
print(sorted({c for word in ["ab", "bc", "cd"] for c in word}))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b)
           if a * a + b * b == c * c]
print(triples)
print(sum(x * y for x in range(4) for y in range(4) if x != y))
print(list((i, j) for i in range(3) for j in range(i, 3)))
flat = [c for s in ["hi", "yo"] for c in s.upper()]
print(flat)
print([[c for c in w if c not in "aeiou"] for w in ["banana", "kiwi"]])
words = ["apple", "bob", "civic", "deed", "eye", "fox"]
print([w for w in words if w == w[::-1] if len(w) > 3])
print([(w, [i for i, c in enumerate(w) if c == w[0]]) for w in words[:3]])
print([x if x % 3 else "fizz" for x in range(1, 10)])
table = [f"{i}x{j}={i * j}" for i in range(2, 4) for j in range(1, 4)]
print(table)
print(max(len(w) for w in words), min((len(w), w) for w in words))
print([[0 for _ in range(2)] for _ in range(2)])
print(any(x > 10 for row in matrix for x in row), all(x < 12 for row in matrix for x in row))
gen = ((x, y) for x in "ab" for y in (1, 2))
print(next(gen), list(gen))
