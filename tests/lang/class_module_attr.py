# a class's __module__ can be set, which its repr follows
class C:
    pass
print(C.__module__, repr(C))
C.__module__ = "pkg.mod"
print(C.__module__, repr(C), repr(C()).startswith("<pkg.mod.C object at "))
try:
    int.__module__ = "x"
except TypeError as e:
    print("TypeError:", e)
print(int.__module__, type(len).__name__)
