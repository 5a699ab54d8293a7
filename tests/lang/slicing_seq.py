# slicing of str, list, tuple with steps and negative indices
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-1:-4:-1], s[5:5], s[7:3], s[100:], s[-100:3], s[:100])
print(s[3:-3:2], s[::3], s[::-3], s[-2::-4])
l = list(range(10))
print(l[2:5], l[::-1], l[1:8:3], l[-3::-1], l[:0])
t = tuple(range(6))
print(t[1:4], t[::-1], t[::2], t[-2:], type(t[1:3]).__name__)
l2 = l[:]
print(l2 == l, l2 is l)
l[2:5] = ["a", "b"]
print(l)
l[:2] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
l[len(l):] = [99, 100]
print(l)
l[1:1] = ["inserted"]
print(l)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[slice(2, 8, 2)], s[slice(None, None, -1)], s[slice(3)])
print(s[True:], l[-1], s[-10], s[9])
nested = [[1, 2, 3], [4, 5, 6]]
print(nested[1][::-1], nested[::-1][0][1:])
print("abc"[1:][0], [1, 2, 3][-2:][::-1])
big = list(range(20))
print(big[-5:-15:-3], big[15:5:-2], big[2:18:5])
