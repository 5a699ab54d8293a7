from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, update_abstractmethods
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f'{type(self).__name__} area={self.area()}'

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
class Square(Half):
    def __init__(self, s=2):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
print(Square().describe(), Square.__abstractmethods__, isinstance(Square(), Shape), issubclass(Square, Half))

class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def version(): ...
print(sorted(Plugin.__abstractmethods__))

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2), issubclass(int, Sized2))

class Registered(ABC):
    pass
class Foreign:
    pass
print(issubclass(Foreign, Registered), isinstance(Foreign(), Registered))
print(Registered.register(Foreign) is Foreign)
print(issubclass(Foreign, Registered), isinstance(Foreign(), Registered), Registered.register(int))
print(issubclass(bool, Registered), Foreign.__mro__)
try:
    Registered.register(3)
except TypeError as e:
    print(e)
class Sub(Registered):
    pass
try:
    Sub.register(Registered)
except RuntimeError as e:
    print(e)
print(isinstance(1, Registered), abc.get_cache_token() >= 1)

class Late(ABC):
    def f(self):
        return 1
Late.f = abstractmethod(lambda self: 2)
print(Late.__abstractmethods__, update_abstractmethods(Late).__abstractmethods__)
try:
    Late()
except TypeError as e:
    print(e)
class P2(ABC):
    x = abstractproperty()
try:
    P2()
except TypeError as e:
    print(e)
class Meta2(ABCMeta):
    pass
class WithMeta(metaclass=Meta2):
    @abstractmethod
    def run(self): ...
try:
    WithMeta()
except TypeError as e:
    print(e)
print(object.__subclasshook__(int), ABC.__slots__)
