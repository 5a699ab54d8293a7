# __repr__, __str__, __format__
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<P {self.x}>"

p = P("a")
print(p)
print(repr(p), str(p))
print([p, P(1)])
print(f"{p} {p!r} {p!s}")
print("%s %r" % (p, p))
print("{} {!r}".format(p, p))
print((p,), {"k": p})

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))

class OnlyStr:
    def __str__(self):
        return "only str"
s = OnlyStr()
print(s, repr(s).startswith("<__main__.OnlyStr object at "))

class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"
print(f"{Fmt():>10}", format(Fmt(), "xyz"), "{:abc}".format(Fmt()))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)

class Recur:
    def __init__(self):
        self.items = []
    def __repr__(self):
        return "Recur(" + repr(self.items) + ")"
r = Recur()
r.items.append(1)
print(r)
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
print(str(1.5), repr("q'uote"), repr('d"q'), repr("both'\""), str(None), repr(...))
