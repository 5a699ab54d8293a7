# keyword-only and positional-only parameters
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2))
print(kwonly(1, c=0, b=2))

def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4))
print(posonly(1, 2, c=3, d=4))

def pos_with_kw(a, /, **kw):
    return a, sorted(kw.items())
print(pos_with_kw(1, a=2))

def star_then_kw(*args, sep="-"):
    return sep.join(str(a) for a in args)
print(star_then_kw(1, 2, 3))
print(star_then_kw(1, 2, sep="+"))

def defaults_po(a, b=2, /, c=3):
    return a, b, c
print(defaults_po(1), defaults_po(1, 5), defaults_po(1, 5, c=9))

try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
try:
    posonly(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    defaults_po(1, b=2)
except TypeError as e:
    print(e)

print(kwonly.__kwdefaults__)
print(posonly.__name__, kwonly.__defaults__, defaults_po.__defaults__)
