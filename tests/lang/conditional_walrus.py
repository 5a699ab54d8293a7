# conditional expressions and assignment expressions
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = 10
y = "big" if x > 5 else "small"
print(y)
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
print([a if a % 2 else -a for a in range(6)])
def side(v):
    print("side", v)
    return v
print(side(1) if True else side(2))
print(side(1) if False else side(2))

if (n := len("hello")) > 3:
    print("length", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) % 2 == 0])
print(y)
values = iter([5, 3, 0, 8])
total = 0
while (v := next(values)) != 0:
    total += v
print("total", total)
def f():
    if (m := 7) > 5:
        return m * 2
print(f())
print((z := 3) + z)
results = [(w := i) for i in range(3)]
print(results, w)
import_like = {"a": 1}
if (val := import_like.get("a")) is not None:
    print("val", val)
if (val := import_like.get("b")) is not None:
    print("not here")
print(val)
print(x if (x := 0) else "x is zero")
