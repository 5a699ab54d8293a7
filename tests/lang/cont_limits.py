# huge repeat counts, big indexes and slice bounds, index-sized conversions
def err(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: [0] * (2 ** 62))
err(lambda: [0, 1] * (2 ** 62))
err(lambda: [0] * (2 ** 64))
print(range(10 ** 20)[10 ** 19], len(range(0, 10 ** 18, 7)))
a = [1, 2, 3]
a[2 ** 63:] = [4]
print(a, a[-2 ** 70:2 ** 70], a[::2 ** 70], a[::-2 ** 70])
err(lambda: a[2 ** 70])
err(lambda: a.insert(2 ** 70, 1))
b = []
for i in range(100):
    b.insert(-(2 ** 40), i)
print(b[:3])
s = set()
err(lambda: s.pop())
d = {}
for i in range(50):
    d[i] = i
    del d[i]
print(len(d), d)
err(lambda: [].pop(2 ** 70))
err(lambda: [1][-2 ** 70])
err(lambda: (1,)[2 ** 80])
err(lambda: "abc"[:2 ** 80])
print([1, 2, 3][-2 ** 80:2 ** 80:2 ** 80], (1, 2)[::-(2 ** 80)])
x = list(range(10))
del x[2 ** 70:]
del x[:-(2 ** 70)]
print(x)
x[:] = range(3)
x[5:1] = "ab"
print(x)
