# iterable unpacking in assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = [1, 2, 3, 4]
print(x, y)
*x, y = "abc"
print(x, y)
first, *mid, last = range(6)
print(first, mid, last)
p, *q = [1]
print(p, q)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5
print(a, b, c, d)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
h, = [9]
print(h)
a = b = c = "same"
print(a, b, c)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, "set"
print(i, lst)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab"], (*[1, 2],), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
s = "hi"
c1, c2 = s
print(c1, c2)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
