# __format__, __bytes__, __str__/__repr__ interplay
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F()), format(F(), "x>10"), f"{F():abc}", "{:q}".format(F()), f"{F()!r:>5}"[:3])
class Bad:
    def __format__(self, spec): return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)
class Plain:
    def __str__(self): return "plain-str"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>12}|")
try:
    format(Plain(), "10")
except TypeError as e:
    print("TypeError", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError", e)
try:
    format(1, 5)
except TypeError as e:
    print("TypeError", e)
class IntSub(int):
    def __format__(self, spec): return "IntSub:" + spec
print(format(IntSub(3), "05"), f"{IntSub(3):x}", "%d" % IntSub(3))
class FmtStr:
    def __format__(self, spec): return self
    def __str__(self): return "never"
try:
    format(FmtStr())
except TypeError as e:
    print("TypeError", e)
class S(str):
    pass
class RetS:
    def __format__(self, spec): return S("sub")
print(type(format(RetS())).__name__, format(RetS()))
# __bytes__
class By:
    def __bytes__(self): return b"by"
print(bytes(By()), bytearray(By()) if False else "", b"%b" % By())
class ByBad:
    def __bytes__(self): return "str"
try:
    bytes(ByBad())
except TypeError as e:
    print("TypeError", e)
class ByIdx:
    def __index__(self): return 3
print(bytes(ByIdx()))
class ByIter:
    def __iter__(self): return iter([65, 66])
print(bytes(ByIter()))
class ByBoth:
    def __bytes__(self): return b"bytes-wins"
    def __iter__(self): return iter([1])
print(bytes(ByBoth()))
try:
    bytes(object())
except TypeError as e:
    print("TypeError", e)
class BySub(bytes):
    def __bytes__(self): return b"override"
print(bytes(BySub(b"raw")))
class ByNone:
    __bytes__ = None
try:
    bytes(ByNone())
except TypeError as e:
    print("TypeError", e)
# __str__ returning non-str, __repr__ returning non-str
class BadStr:
    def __str__(self): return 1
class BadRepr:
    def __repr__(self): return None
for f in (str, repr, print):
    for o in (BadStr(), BadRepr()):
        try:
            f(o)
        except TypeError as e:
            print("TypeError", e)
class OnlyRepr:
    def __repr__(self): return "OnlyRepr!"
print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s %r" % (OnlyRepr(), OnlyRepr()))
class StrSub(str):
    def __str__(self): return "StrSub.__str__"
print(str(StrSub("x")), type(str(StrSub("x"))).__name__, f"{StrSub('y')}", "%s" % StrSub("z"))
print(format(3.5, ""), format("s", ""), format(None), format(True, "d"), format(True))
