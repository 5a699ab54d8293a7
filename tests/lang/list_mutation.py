# list mutation patterns: aliasing, copies, nested lists, in-place ops
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
shallow = [row[:] for row in grid]
shallow[0][0] = 9
print(grid[0], shallow[0])
nested = [[1, 2], [3]]
copy = nested.copy()
copy[0].append(99)
copy.append([4])
print(nested, copy)
x = [1, 2, 3, 4, 5, 6]
x[1:3] = []
print(x)
x[1:1] = [7, 8, 9]
print(x)
x[::2] = ["a", "b", "c"]
print(x)
x[:] = range(3)
print(x)
evens = [n for n in range(10)]
i = 0
while i < len(evens):
    if evens[i] % 2:
        del evens[i]
    else:
        i += 1
print(evens)
nums = [5, 1, 4]
nums.sort(); nums.reverse(); nums.insert(1, 0)
print(nums)
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
l = [0] * 5
for i in range(5):
    l[i] = i * i
print(l, l.index(9), len(l))
l[-1] += 100
l[0] -= 1
print(l)
m = [3, 1, 2]
m2 = m
m += [0]
m = m + [9]
print(m, m2)
swap = [1, 2]
swap[0], swap[1] = swap[1], swap[0]
print(swap)
print([] * 5, [[]] * 2, list(range(3)) * 2)
