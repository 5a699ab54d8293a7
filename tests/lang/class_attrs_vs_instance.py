# class attributes vs instance attributes, shared mutables
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)

a = Dog("Fido")
b = Dog("Buddy")
a.add_trick("roll")
b.add_trick("sit")
print(a.kind, b.kind)
print(a.tricks is b.tricks, a.tricks)
print(a.own_tricks, b.own_tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
print("kind" in a.__dict__, "kind" in b.__dict__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
c1, c2, c3 = Counter(), Counter(), Counter()
print(Counter.count, c1.id, c3.id)

class Wrong:
    n = 0
    def bump(self):
        self.n += 1
w = Wrong()
w.bump(); w.bump()
print(w.n, Wrong.n)

class Base:
    x = "base"
class Child(Base):
    pass
print(Child.x)
Base.x = "changed"
print(Child.x)
Child.x = "child"
print(Child.x, Base.x)

class A:
    def method(self):
        return "class method"
obj = A()
obj.method = lambda: "instance override"
print(obj.method(), A().method())

print(sorted(k for k in vars(Dog) if not k.startswith("__")))
setattr(Dog, "legs", 4)
print(a.legs, getattr(b, "legs"))
