# PEP 696 type parameter defaults: the syntax, lazy evaluation in an
# annotation scope, TypeVar/ParamSpec/TypeVarTuple(default=), NoDefault,
# and substitution filling in the defaults.
import typing
from typing import TypeVar, ParamSpec, TypeVarTuple, NoDefault, Generic

def f[T=int](): pass
T, = f.__type_params__
print(T, T.__default__, T.has_default(), T.__bound__)
class C[A, B=str, *Ts=*tuple[int, ...]]: pass
A, B, Ts = C.__type_params__
print(A.__default__, A.has_default(), B.__default__, B.has_default())
print(Ts.__default__, Ts.has_default())
print(C[int], C[int, bytes], C[int, bytes, float])
class D[**P=[int, str]]: pass
P, = D.__type_params__
print(P.__default__, P.has_default(), D[[bytes]])
type Alias[X=list[int], Y: int = bool] = dict[X, Y]
X, Y = Alias.__type_params__
print(X.__default__, Y.__default__, Y.__bound__)
print(NoDefault, type(NoDefault), repr(NoDefault), bool(NoDefault) if False else '')
U = TypeVar("U", default=str)
print(U.__default__, U.has_default())
V = TypeVar("V", default=None)
print(V.__default__, V.has_default())
W = TypeVar("W")
print(W.__default__ is NoDefault, W.has_default())
PS = ParamSpec("PS", default=...)
print(PS.__default__)
TT = TypeVarTuple("TT", default=typing.Unpack[tuple[int]])
print(TT.__default__)
class G(Generic[W, U]): pass
print(G[int], G[int, bytes])
try:
    G[()]
except TypeError as e: print(e)
# lazy evaluation
def g[Q=Undefined](): pass
Q, = g.__type_params__
try: Q.__default__
except NameError as e: print("NameError", e)
Undefined = 5
print(Q.__default__)
class K:
    inner = int
    def m[Z=inner](self): pass
print(K.m.__type_params__[0].__default__)
for src in ["def f[T=int, U](): pass", "class C[*Ts=int]: pass", "def f[**P=int](): pass", "type A[T=int, *Ts, U] = 1", "def f[T=(yield)](): pass"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e)

# the default is evaluated once, on first access
calls = []
def dflt():
    calls.append(1)
    return bytes
def h[R=dflt()](): pass
R, = h.__type_params__
print(len(calls), R.__default__, R.__default__, len(calls))
# an error leaves it unevaluated: the next access tries again
def k[S=missing_name](): pass
S, = k.__type_params__
for _ in range(2):
    try:
        S.__default__
    except NameError as e:
        print("NameError again:", e)
print(S.has_default())

# TypeVarTuple defaults unpack; iterating a generic alias gives its unpacked form
print([*tuple[int, str]], (*tuple[int],)[0].__unpacked__, tuple[int].__unpacked__)
print((*tuple[int],)[0] == tuple[int], (*tuple[int],)[0] == (*tuple[int],)[0])
class E[*Ts=*tuple[int, str]]: pass
print(E[()], E[bytes])
class F[A, B, C=int]: pass
for args in [(str,), (str, str), (str, str, str), (str, str, str, str)]:
    try:
        print(F[args])
    except TypeError as e:
        print("TypeError:", e)
class V[A, *Ts]: pass
print(V[int], V[int, str, bytes])
try:
    V[()]
except TypeError as e:
    print("TypeError:", e)

# ordering rules of Generic[...]
T1 = TypeVar("T1")
T2 = TypeVar("T2", default=int)
TS = TypeVarTuple("TS")
for params in [(T2, T1), (T1, T2)]:
    try:
        print(Generic[params])
    except TypeError as e:
        print("TypeError:", e)
class H(Generic[T1, T2]): pass
print(H[str], H[str, str], H[T1, T2][str, str])

# in a class body the default sees the class's names
class Outer:
    Alias = list
    type L[Q=Alias] = Q
    class Inner[Q=Alias]: pass
print(Outer.L.__type_params__[0].__default__, Outer.Inner.__type_params__[0].__default__)
try:
    class X[T1, *TS, T2=int]: pass
except TypeError as e:
    print("TypeError:", e)
for make in [lambda: TypeVar(), lambda: ParamSpec(), lambda: TypeVarTuple(), lambda: ParamSpec("P", 1),
             lambda: TypeVarTuple("P", bound=1), lambda: TypeVar("X", default=int, bogus=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(TypeVar("Y", default=NoDefault).has_default(), type(NoDefault)() is NoDefault)
