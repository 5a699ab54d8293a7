# exceptions travelling through pipelines of generators
def source():
    for i in range(5):
        if i == 3:
            raise ValueError("source failed at 3")
        yield i
def double(it):
    try:
        for v in it:
            yield v * 2
    finally:
        print("double cleanup")
def guard(it):
    try:
        yield from it
    except ValueError as e:
        print("guard caught:", e)
        yield "recovered"
print(list(guard(double(source()))))
# throw propagates down the yield-from chain to the innermost generator
def innermost():
    try:
        yield "i"
    except KeyError as e:
        print("innermost handled", e)
        yield "after KeyError"
def middle():
    r = yield from innermost()
    yield "middle after"
def top():
    yield from middle()
t = top()
print(next(t), t.throw(KeyError("k")), next(t))
# close propagates down
t = top(); next(t); t.close()
print("closed top")
# exception in a generator used by a comprehension
try:
    [x for x in source()]
except ValueError as e:
    print("comprehension saw", e)
# generator raising inside sum/any/sorted
for f in (sum, sorted, list, tuple, set, max):
    try:
        f(source())
    except ValueError as e:
        print(f.__name__, "->", e)
# zip/map stop on the first exception
try:
    list(zip(source(), source()))
except ValueError as e:
    print("zip ->", e)
