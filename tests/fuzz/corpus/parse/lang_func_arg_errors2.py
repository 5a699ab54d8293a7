# more call errors: non-callables, bad unpacking at call site
def f(a, b):
    return a + b

five, text, nothing = 5, "abc", None
try:
    five()
except TypeError as e:
    print(e)
try:
    text()
except TypeError as e:
    print(e)
try:
    nothing()
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(e)

def two_missing(x, y, z):
    pass
try:
    two_missing(1)
except TypeError as e:
    print(e)
try:
    two_missing()
except TypeError as e:
    print(e)

def kw_missing(*, p, q):
    pass
try:
    kw_missing()
except TypeError as e:
    print(e)
try:
    kw_missing(p=1)
except TypeError as e:
    print(e)

def opt(a, b=1):
    pass
try:
    opt(1, 2, 3)
except TypeError as e:
    print(e)
try:
    opt()
except TypeError as e:
    print(e)

def kwo(a, *, b=1):
    pass
try:
    kwo(1, 2)
except TypeError as e:
    print(e)
try:
    kwo(1, 2, 3, b=4)
except TypeError as e:
    print(e)
