# backtracking: n-queens, subsets, permutations, sudoku row check
def queens(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != cc and abs(c - cc) != row - r for r, cc in enumerate(cols)):
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(queens(n)))
first = queens(6)[0]
for c in first:
    print("".join("Q" if i == c else "." for i in range(6)))

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(perms([1, 2, 3])), sum(1 for _ in perms(list(range(6)))))

def combos(items, k, start=0, cur=None):
    cur = [] if cur is None else cur
    if len(cur) == k:
        yield tuple(cur)
        return
    for i in range(start, len(items)):
        cur.append(items[i])
        yield from combos(items, k, i + 1, cur)
        cur.pop()
print(list(combos("abcd", 2)), len(list(combos(range(10), 3))))
