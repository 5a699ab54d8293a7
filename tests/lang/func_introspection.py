# function attributes and introspection without inspect
def greet(name, greeting="hello", *args, punct="!", **kw):
    """Return a greeting."""
    return f"{greeting} {name}{punct}"

print(greet.__name__, greet.__qualname__, greet.__doc__)
print(greet.__defaults__, greet.__kwdefaults__)
print(greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount, greet.__code__.co_name)
class C:
    def method(self):
        def inner():
            pass
        return inner
    @staticmethod
    def stat():
        pass
print(C.method.__qualname__, C().method().__qualname__, C.stat.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
greet.custom = "attribute on function"
print(greet.custom, "custom" in greet.__dict__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc.__defaults__, no_doc.__kwdefaults__)
greet.__defaults__ = ("hi",)
print(greet("bob"))
def annotated(x: int, y: "str" = "s") -> bool:
    return True
print(list(annotated.__annotations__))
print(annotated.__annotations__["x"].__name__, annotated.__annotations__["y"])
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer()(), outer().__name__, outer().__qualname__)
print(callable(greet), type(greet).__name__, greet.__module__)
m = C().method
print(m.__name__, m.__self__.__class__.__name__, type(m).__name__)
print(repr(greet).startswith("<function greet at "), str(C.method).startswith("<function C.method"))
