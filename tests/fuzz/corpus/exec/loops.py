def gen(n):
    i = 0
    while True:
        yield i
        i += 1
        if i >= n: return i
g = gen(10)
total = 0
for v in g: total += v
print(total, [i for i in gen(3)])
n = 0
while True:
    n += 1
