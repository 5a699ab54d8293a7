# tuples
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
print(t.count(1), t.index("two"), (1, 2, 1).count(1))
try:
    t.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print((1, 2) + (3,), (0,) * 3, 2 in (1, 2), (1, 2) == (1, 2), (1, 2) < (1, 3))
print((1, [2, 3])[1][0], hash((1, 2)) == hash((1, 2)))
inner = [1]
tt = (inner, 2)
inner.append(99)
print(tt)
try:
    hash(tt)
except TypeError as e:
    print("TypeError:", e)
a, b, c = (1, 2, 3)
print(a + b + c)
print(max((3, 1, 2)), min((3, 1, 2)), sum((3, 1, 2)), sorted((3, 1, 2)))
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair])
d = {(1, 2): "tuple key"}
print(d[(1, 2)], d[1, 2])
print(tuple(x * x for x in range(4)))
print(type(()).__name__, isinstance((), tuple))
point = 3, 4
print(point, type(point).__name__)
print((1, 2, 3)[::-1], (1,) + (), len(((),)))
print(repr((1,)), str(("a", 'b"')))
print(tuple(range(5))[1::2], (1, 2) * 0)
print((1, 2) != (2, 1), (1, (2, 3)) == (1, (2, 3)), (1, 2) > (1,))
