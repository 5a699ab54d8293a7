# PEP 695 `type X = value` statements: TypeAliasType objects, lazily evaluated values
type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__name__, Point.__module__)
print(Point.__value__, Point.__type_params__, Point.__parameters__)
print(repr(Point), str(Point))

# the value is evaluated when __value__ is first read, not before
type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = int
print(Later.__value__)
Undefined = str
print(Later.__value__)   # evaluated once, then kept

# evaluation counts
calls = []
def note(v):
    calls.append(v)
    return v
type Counted = note(42)
print(calls)
print(Counted.__value__, Counted.__value__, calls)

# inside a function: the value sees the function's variables as a closure
def f():
    x = 5
    type A = list[x]
    x = 6
    return A
a = f()
print(a.__value__, a.__name__)

# recursive aliases refer to themselves
type Rec = list[Rec]
v = Rec.__value__
print(v, v.__args__[0] is Rec)

# aliases are ordinary values: rebinding, identity, type
type Same = int
other = Same
type Same = float
print(other.__value__, Same.__value__, other is Same, type(other) is type(Same))

# errors inside the value propagate from __value__ each time until it succeeds
type Bad = 1 / 0
for _ in range(2):
    try:
        Bad.__value__
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# 'type' stays a soft keyword
type = 3
print(type)
del type
print(type(1))
