# *args and **kwargs, unpacking at the call site
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))

print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, *[2, 3], *"ab", x=1, **{"y": 2}, **{"z": 3}))

def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))

def kw_collect(a, **kw):
    return a, kw
print(kw_collect(1, b=2, c=3))
print(kw_collect(a=0))

def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(9, k="v"))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(10)))

print(show.__name__, forward.__name__)
args = (1, 2)
kwargs = {"c": 3}
def abc(a, b, c):
    return a * 100 + b * 10 + c
print(abc(*args, **kwargs))
print(abc(**{"a": 1, "b": 2, "c": 3}))
print(abc(*"123" if False else (4, 5, 6)))

def star_dict(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(star_dict(**d), d)
print(show(*range(3), **dict(a=1)))
