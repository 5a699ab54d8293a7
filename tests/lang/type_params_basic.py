# PEP 695 type parameters on type aliases and functions (TypeVar, TypeVarTuple, ParamSpec)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair.__value__)
T0 = Pair.__type_params__[0]
print(type(T0).__name__, T0.__name__, T0.__bound__, T0.__constraints__)
print(T0.__covariant__, T0.__contravariant__, T0.__infer_variance__)

type Multi[K, *Ts, **P] = dict[K, int]
print(Multi.__type_params__, [type(p).__name__ for p in Multi.__type_params__])

# bounds and constraints are evaluated lazily, once
type Bounded[B: Later, C: (int, str)] = list[B]
B, C = Bounded.__type_params__
try:
    B.__bound__
except NameError as e:
    print("NameError:", e)
class Later: pass
print(B.__bound__.__name__, B.__constraints__, C.__bound__, C.__constraints__)

# the type parameter names are not visible outside
try:
    K
except NameError as e:
    print("NameError:", e)

# generic functions
def first[T](items: list[T], default: T = None, *, strict: bool = False) -> T:
    return items[0] if items else default
print(first([3, 4]), first([], "empty"), first.__name__, first.__qualname__)
print(first.__type_params__, first.__defaults__, first.__kwdefaults__)
print(first.__annotations__)
print(first.__annotations__["return"] is first.__type_params__[0])

# type parameters are visible in the body (as closures)
def ident[T](x):
    return T, x
tp, v = ident(5)
print(tp, v, tp is ident.__type_params__[0])

# each call of the enclosing code makes new type parameters
def make():
    def inner[U](u: U) -> U:
        return u
    return inner
a, b = make(), make()
print(a.__qualname__, a.__type_params__[0] is b.__type_params__[0], a(1), b("x"))

# decorators are evaluated before the type parameters and applied after
def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f
@deco
def g[X, Y](x: X, y: Y) -> tuple[X, Y]:
    return (x, y)
print(g(1, 2))

# generators and recursion
def count[N](n: N):
    if n:
        yield from count(n - 1)
    yield n
print(list(count(3)))

# functions without type parameters
def plain(): pass
print(plain.__type_params__)
