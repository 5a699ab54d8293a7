# list methods
l = [3, 1, 2]
l.append(5)
print(l)
l.extend([7, 8])
l.extend(range(2))
l.extend("ab")
print(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
print(l)
l.remove("a")
print(l)
try:
    l.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
m = [5, 3, 5, 1, 5]
print(m.index(5), m.index(5, 1), m.index(1), m.count(5), m.count(9))
try:
    m.index(42)
except ValueError as e:
    print("ValueError:", e)
m.reverse()
print(m)
c = m.copy()
c.append(0)
print(m, c)
c.clear()
print(c, len(c))
print(l.append(1) is None, l.sort is not None)
nums = [1, 2, 3]
nums[1] = 20
nums += [4]
nums *= 2
print(nums, nums * 0, [0] * 3)
print([1, 2] + [3], [[0] * 2] * 2)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
print(list(), list("abc"), list((1, 2)), list({"k": 1}), list(range(3)))
print(len([1, [2, 3]]), [1, 2, 3][-1], 2 in [1, 2], 5 not in [1, 2])
x = [1, 2, 3]
y = x
y.append(4)
print(x, x is y, x == [1, 2, 3, 4])
print([1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
