"""abc: abstract base classes (asp's own implementation in Python).

ABCMeta computes __abstractmethods__ (which object.__new__ checks) and
answers isinstance/issubclass from real inheritance, registered virtual
subclasses and __subclasshook__, with a per-class cache of positive and
negative answers that register() invalidates, as CPython does.
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# Bumped by every register(), so negative cache entries made before it are
# stale (CPython's "ABC invalidation counter").
_invalidation = [0]


def _abstracts_of(cls, namespace):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", set()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class _abc_data:
    """Per-class state, kept in the class's one `_abc_impl` attribute."""
    __slots__ = ('registry', 'cache', 'negative', 'version', 'subclasses')

    def __init__(self):
        self.subclasses = []   # ABCs deriving from this one (type.__subclasses__ is not offered)
        self.registry = set()
        self.cache = set()
        self.negative = set()
        self.version = _invalidation[0]


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace)
        cls._abc_impl = _abc_data()
        for base in cls.__mro__[1:]:
            impl = base.__dict__.get('_abc_impl')
            if isinstance(impl, _abc_data):
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_impl.version == _invalidation[0] and
                    subclass in cls._abc_impl.negative):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_impl.cache:
            return True
        if cls._abc_impl.version < _invalidation[0]:
            cls._abc_impl.negative = set()
            cls._abc_impl.version = _invalidation[0]
        elif subclass in cls._abc_impl.negative:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_impl.cache.add(subclass)
            else:
                cls._abc_impl.negative.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_impl.cache.add(subclass)
            return True
        for rcls in cls._abc_impl.registry:
            if issubclass(subclass, rcls):
                cls._abc_impl.cache.add(subclass)
                return True
        for scls in cls._abc_impl.subclasses:
            if issubclass(subclass, scls):
                cls._abc_impl.cache.add(subclass)
                return True
        cls._abc_impl.negative.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it instead of giving metaclass=ABCMeta."""
    __slots__ = ()


def get_cache_token():
    return _invalidation[0]
