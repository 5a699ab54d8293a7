# __del__ is looked up on the class: inherited, overridden, calling
# super().__del__(), added after the class was made, on subclasses of
# built-in types, on classes with __slots__.
import gc


class Base:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("Base.__del__", self.tag)


class Child(Base):
    pass


class Override(Base):
    def __del__(self):
        print("Override.__del__", self.tag)
        super().__del__()


def collect():
    gc.collect()
    print("--")


Child("child")
collect()
Override("override")
collect()


class Late:
    pass


x = Late()
Late.__del__ = lambda self: print("late __del__")
del x
collect()


class MyList(list):
    def __del__(self):
        print("MyList died with", list(self))


m = MyList([1, 2, 3])
del m
collect()


class MyDict(dict):
    def __del__(self):
        print("MyDict died with", sorted(self.items()))


d = MyDict(a=1)
d = None
collect()


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("Slotted", self.v)


s = Slotted(42)
del s
collect()


class Removed:
    def __del__(self):
        print("never printed")


del Removed.__del__
r = Removed()
del r
collect()


class WithException(Exception):
    def __del__(self):
        print("exception object finalized", self.args)


try:
    raise WithException("boom")
except WithException:
    pass
collect()
print("end")
