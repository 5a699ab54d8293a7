# bool arithmetic and None
print(True + True, True - False, True * 5, True / 2, True // 1, -True, ~True, ~False)
print(True == 1, False == 0, True is True, bool(2) is True, isinstance(True, int))
print(type(True + 1).__name__, type(True & False).__name__, type(True | 1).__name__)
print(True & False, True | False, True ^ True, False ^ True)
print(str(True), repr(False), int(True), float(False))
print(sum([True, True, False, True]), max(True, 0), [1, 2, 3][True])
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "))
print(bool(None), bool([]), bool([[]]), bool({}), bool(set()), bool(()))
print({True: "a", 1: "b", 1.0: "c"})
print(hash(True) == hash(1), hash(False) == hash(0))
print(None is None, None == None, type(None).__name__, repr(None), str(None))
print(None == 0, None == False, None is not False, bool(None))
def nothing():
    pass
print(nothing() is None)
d = {None: "none key"}
print(d[None])
print([None] * 3, None in [1, None])
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(True and 3, False or "x", not None)
print(f"{True} {False:>6} {True:d}", "%d" % False)
print(True.__class__.__name__, bool.__bases__[0].__name__)
print(sorted([True, False, True, 0, 1]))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
