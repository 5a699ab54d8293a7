# typing's runtime objects: reprs, equality, substitution, errors
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, List, Literal, Optional,
                    Set, Tuple, Type, TypeVar, Union, cast, get_args, get_origin, overload, NewType,
                    Iterable, Sequence, Mapping, Iterator)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V', bound=str)
print(T, V, repr(TypeVar('C', covariant=True)), repr(TypeVar('D', contravariant=True)))
print(TypeVar('I', infer_variance=True), T.__name__, V.__bound__, T.__bound__, T.__constraints__)
for bad in [lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
            lambda: TypeVar('X', covariant=True, contravariant=True), lambda: TypeVar(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(Union[int, str] == Union[str, int], Union[int, Union[str, bytes]], Union[int, int])
print(Optional[List[int]], Union[None, int], Union[int, None] == Optional[int])
print(Dict[K, V][str, 'x'] if False else Dict[K, List[V]][int, str])
print(List[T][int], Tuple[T, K][int, str], Tuple[()], Tuple[int, ...])
print(Callable[[T], K][int, str], Callable[[], None], Callable[..., Any])
print(ClassVar[int], Final[str], Literal['a', 1, None], Literal[1, 1, 2] == Literal[2, 1])
print(get_origin(Optional[int]) is Union, get_args(Optional[int]), get_args(Callable[[int], str]))
print(get_origin(int), get_args(int), get_origin(List), get_origin(Tuple[int]))
print(cast(int, 'x'), cast('List[int]', 5))
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    List[int, str]
except TypeError as e:
    print(e)
try:
    Any()
except TypeError as e:
    print(e)
try:
    isinstance(1, Any)
except TypeError as e:
    print(e)
try:
    List()
except TypeError as e:
    print(e)
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance(iter([]), Iterator),
      isinstance(3, Iterable), isinstance('s', Iterable))
UserId = NewType('UserId', int)
print(UserId(5), UserId.__supertype__, UserId.__name__)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('ab'))

class Repo(Generic[K, V]):
    def __init__(self):
        self.data: Dict[K, V] = {}
print(Repo.__parameters__, Repo[int, str], Repo[int, str].__args__, Repo[int, str]().data)
try:
    Repo[int]
except TypeError as e:
    print(e)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print(e)
try:
    class Bad2(List[K], Generic[T]):
        pass
except TypeError as e:
    print(e)
print(typing.TYPE_CHECKING, typing.Text, repr(typing.NoReturn), repr(typing.Self), repr(Optional))
for bad in [lambda: Repo[int, str, bytes], lambda: List[T][int, str], lambda: List[int][int],
            lambda: typing.ParamSpec(3), lambda: typing.TypeVarTuple(3)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(Union[int, None, str])
