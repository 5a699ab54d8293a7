# list methods, slicing with steps, in-place operators, comparisons, repr guard
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-7:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[::3] = [0] * len(b[::3])
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
b[len(b):] = [7, 8]
b[:0] = (1, 2)
print(b)
c = [1, 2, 3]
c[1:1] = c
print(c)
c[::-1] = range(len(c))
print(c)
def bad_ext():
    d = [1, 2, 3]
    d[::2] = [1]
err(bad_ext)
def bad_ext2():
    d = [1, 2, 3, 4]
    d[::-2] = [9, 9, 9]
err(bad_ext2)

x = [3, 1, 2]
x.append(4); x.extend((5, 6)); x.insert(0, 0); x.insert(-1, 9); x.insert(100, 10); x.insert(-100, -1)
print(x, len(x))
print(x.pop(), x.pop(0), x.pop(-2), x)
x.remove(5)
print(x, x.index(2), x.count(2), x.index(4, 2), x.index(4, -3))
err(lambda: x.index(42))
err(lambda: x.index(1, 0, 1))
err(lambda: x.remove(42))
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: x[10])
err(lambda: x["a"])
def setbad():
    y = [1]
    y[3] = 1
err(setbad)
def delbad():
    y = [1]
    del y[-2]
err(delbad)
x.reverse(); print(x)
y = x.copy(); y.clear(); print(x, y)

z = [1, 2]
z += "ab"
print(z)
z *= 2
print(z)
z *= 0
print(z)
print([1, 2] * 3, 2 * [0], [] * 5, [1] * -1)
print([1, 2] + [3])
err(lambda: [1] + (2,))
err(lambda: [1] * "a")
err(lambda: [1] * 1.5)

print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
print([[1, 2], [3]] < [[1, 2], [4]], [] < [0])
n = float("nan")
print([n] == [n], n in [n])

r = [1, 2]
r.append(r)
print(r)
s = [r, [r]]
print(s)
t = (r,)
print(t)
print(list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3)))
err(lambda: list(1))
err(lambda: list([1], [2]))

class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"
l2 = L([3, 1, 2])
l2.sort()
print(l2, type(l2).__name__, l2.tag, isinstance(l2, list), l2 + [0], type(l2 + [0]).__name__)
print(l2[::-1], type(l2[::-1]).__name__)
