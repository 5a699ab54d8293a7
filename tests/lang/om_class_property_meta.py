# class-level properties through metaclasses, and descriptors seen from classes
class Meta(type):
    @property
    def registry_size(cls): return len(cls._registry)
    @registry_size.setter
    def registry_size(cls, v): raise AttributeError("read-only registry size")
    def __init__(cls, *a):
        super().__init__(*a)
        cls._registry = []
class Reg(metaclass=Meta):
    pass
Reg._registry.extend([1, 2])
print(Reg.registry_size)
try:
    Reg.registry_size = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Reg().registry_size
except AttributeError as e:
    print("AttributeError", e)
# class attribute with the same name as a metaclass property: property wins (data descriptor)
class Meta2(type):
    @property
    def name(cls): return "meta property"
class N(metaclass=Meta2):
    name = "class attribute"
print(N.name, N().name)
# metaclass non-data descriptor loses to class attribute
class Meta3(type):
    def name(cls): return "meta method"
class O(metaclass=Meta3):
    name = "class attribute"
class P(metaclass=Meta3): pass
print(O.name, P.name())
# __doc__ and __name__ on metaclass instances
print(Reg.__name__, type(Reg).__name__, Meta.__mro__[1].__name__)
# counting instances via metaclass __call__ with a class-level property
class Counted(type):
    def __call__(cls, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*a, **k)
    @property
    def instances(cls): return cls.count
class Q(metaclass=Counted): pass
Q(); Q()
print(Q.instances)
