# uncaught exception of a class with another __module__: qualified name
class Outer:
    class Inner(Exception):
        pass
class Err(Exception):
    __module__ = "mymod"
try:
    raise Outer.Inner("nested")
except Exception as e:
    print(type(e).__qualname__, e)
raise Err("with module")
