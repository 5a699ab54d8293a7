# abstract-method style checks without the abc module (via __isabstractmethod__ and __init_subclass__)
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.__abstract__ = frozenset(
            name for name in dir(cls)
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False))
    def __new__(cls, *a, **k):
        if getattr(cls, "__abstract__", None):
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(sorted(cls.__abstract__))}")
        return super().__new__(cls)
class Shape(Base):
    @abstract
    def area(self): ...
    @property
    @abstract
    def name(self): ...
    @classmethod
    @abstract
    def create(cls): ...
    @staticmethod
    @abstract
    def info(): ...
print(sorted(Shape.__abstract__))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Square(Shape):
    def area(self): return 4
    @property
    def name(self): return "square"
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def info(): return "info"
print(sorted(Square.__abstract__), Square.create().area(), Square().name, Square.info())
class Partial(Shape):
    def area(self): return 1
try:
    Partial()
except TypeError as e:
    print("TypeError", e)
print(Shape.__dict__["name"].__isabstractmethod__, Shape.__dict__["create"].__isabstractmethod__,
      Shape.__dict__["info"].__isabstractmethod__, Square.__dict__["name"].__isabstractmethod__)
