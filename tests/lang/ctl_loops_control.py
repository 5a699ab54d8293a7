# loop control with else, nested loops, exceptions and generators
for i in range(3):
    pass
else:
    print("for-else ran", i)
for i in range(3):
    if i == 1: break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
    if n == 2: continue
else:
    print("while-else ran", n)
for x in []:
    pass
else:
    print("else on empty")
# break out of nested loops via flag / exception
class Found(Exception): pass
try:
    for a in range(3):
        for b in range(3):
            if a * b == 2:
                raise Found((a, b))
except Found as f:
    print("found", f.args[0])
# continue inside try/finally
out = []
for i in range(4):
    try:
        if i % 2: continue
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)
# loop variable after loop and in closures
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs], i)
# modifying the loop variable does not affect iteration
for i in range(3):
    print("iter", i)
    i = 100
# iterating over a generator that raises midway
def gen():
    yield 1
    raise ValueError("mid")
try:
    for v in gen():
        print("got", v)
except ValueError as e:
    print("ValueError", e)
# else skipped when exception escapes
try:
    for v in gen():
        pass
    else:
        print("not reached")
except ValueError:
    print("else skipped")
# while with walrus
data = [1, 2, 0, 3]
it = iter(data)
while (v := next(it)) != 0:
    print("walrus", v)
# nested break/continue in try/except
res = []
for i in range(5):
    try:
        if i == 1: continue
        if i == 3: break
        res.append(i)
    except Exception:
        pass
print(res)
