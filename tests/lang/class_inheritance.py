# single inheritance, overriding, super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"

for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
p = Puppy("Bit", 1)
print(p.age, isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal))
print(issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, int))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
print(Square(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())

class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml.sum(), len(ml), ml, type(ml).__name__)

class MyDict(dict):
    def __missing__(self, key):
        return "default-" + key
md = MyDict(a="1")
print(md["a"], md["zz"])
print(type(p).__mro__[-1].__name__)
