# Compiler: annotations of functions (CPython's order), classes, modules; function-level annotations not evaluated.
def f(p: 'P', /, a: int, *b: str, c: float = 1.0, **d: bool) -> None: pass
print(f.__annotations__)
class C:
    x: int
    y: 'str' = 'v'
    def m(self, __q: int): pass
print(C.__annotations__, C.m.__annotations__)
z: list = []
print(__annotations__)
def g():
    w: int = 3
    v: int
    return w
print(g())
