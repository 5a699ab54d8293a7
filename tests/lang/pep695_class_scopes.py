from typing import Callable
class Box[T]:
    Alias = list
    def __init__(self, v: T) -> None:
        self.v = v
    def map[U](self, f: Callable[[T], U]) -> "Box[U]":
        return Box(f(self.v))
    def pair[U](self, other: U) -> tuple[T, U]:
        return (self.v, other)
    def uses_class_name[K](self, k: Alias) -> K:
        return k
    type Pairs = list[tuple[T, T]]
    type Local[X] = dict[X, Alias]
print(Box(2).map(lambda x: x * 10).v, Box('a').pair(3))
print(Box.map.__type_params__, Box.pair.__annotations__, Box.uses_class_name.__annotations__)
print(Box.Pairs.__value__, Box.Local.__value__, Box.Local.__type_params__, Box.Pairs.__name__)
class Plain:
    x = int
    def f[T: x](self, a: T) -> T:
        return a
    type Y = x
print(Plain.f.__type_params__[0].__bound__, Plain.Y.__value__, Plain().f(5))
x = 'global x'
class Shadow:
    def h[T](self) -> x:
        pass
print(Shadow.h.__annotations__)
