# format() / f-strings / str.format dispatch to __format__ with the spec
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "C"
        return format(self.c, spec)
t = Temp(21.5)
print(f"{t:.1C} {t:.0F} {t} {t:>8}")
print("{:.2C}|{0:.1F}|{x:C}".format(t, x=Temp(0)))
print(format(t, ".3C"), "{!r:}".format("s"), "{!s:>4}".format(1))
w = 10
print(f"{t:>{w}.1F}|", f"{t!s:.5}" if hasattr(t, "__str__") else "")
# nested format specs evaluated
p = 3
print(f"{3.14159:.{p}f}", "{:{fill}^{width}}".format("x", fill="*", width=7))
# __format__ of builtins with subclasses
class MyInt(int):
    def __format__(self, spec): return "MyInt[" + int.__format__(self, spec) + "]"
print(f"{MyInt(255):x}", format(MyInt(7), "03d"), "{:b}".format(MyInt(5)))
class MyFloat(float): pass
print(f"{MyFloat(2.5):.2f}", format(MyFloat(1.0)))
# object.__format__ with non-empty spec
class Plain: pass
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError", e)
# __format__ returning non-str
class Bad:
    def __format__(self, spec): return 42
for attempt in (lambda: format(Bad()), lambda: f"{Bad()}", lambda: "{}".format(Bad())):
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
# conversions !r !s !a before __format__
class R:
    def __repr__(self): return "R-repr-é"
    def __str__(self): return "R-str"
    def __format__(self, spec): return "R-format:" + spec
r = R()
print(f"{r}", f"{r!s}", f"{r!r}", f"{r!a}", f"{r:xyz}", f"{r!r:>12}")
print("{0} {0!s} {0!r} {0!a} {0:spec}".format(r))
# format with keyword and attribute/index lookups
class Obj:
    attr = [10, 20]
print("{0.attr[1]} {o.attr[0]}".format(Obj(), o=Obj()))
try:
    "{0.missing}".format(Obj())
except AttributeError as e:
    print("AttributeError", e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print("IndexError", e)
