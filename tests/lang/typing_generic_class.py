from typing import TypeVar, Generic, List, Dict, Optional, Union, Any, Callable, Tuple, get_origin, get_args, Protocol, runtime_checkable
import typing
class Stack[T]:
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int]()
s.push(3); print(s.pop(), Stack.__type_params__, Stack.__parameters__, Stack.__mro__)
print(Stack[int], Stack.__orig_bases__, s.__orig_class__)
class Pair[K, V](dict):
    pass
print(Pair.__mro__, Pair[str, int])
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](4).v, Box.__parameters__, Box[str])
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], Tuple[int, ...], Callable[[int, str], bool], Callable[..., int])
print(get_origin(List[int]), get_args(Dict[str, int]), Any, typing.Literal[1, 2])
print(isinstance([], List), isinstance(3, Union[int, str]))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
try: isinstance(3, List[int])
except TypeError as e: print(e)
U = TypeVar('U', bound=int, covariant=True)
print(U, U.__bound__, U.__covariant__, TypeVar('X', int, str).__constraints__)
class Node[T: (int, str)]:
    pass
print(Node.__type_params__[0].__constraints__)
