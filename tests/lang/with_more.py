# context managers: generator-free patterns, nesting, state restore
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *exc):
        Indent.level -= 1
        return False
    def say(self, msg):
        print("  " * Indent.level + msg)

with Indent() as a:
    a.say("one")
    with Indent() as b:
        b.say("two")
        with Indent() as c:
            c.say("three")
    a.say("back to one")
print("level", Indent.level)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)

with Suppress(KeyError, IndexError):
    {}["x"]
print("KeyError suppressed")
with Suppress(KeyError):
    [][0] if False else None
print("nothing raised")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")

class Swap:
    def __init__(self, obj, attr, value):
        self.obj, self.attr, self.value = obj, attr, value
    def __enter__(self):
        self.old = getattr(self.obj, self.attr)
        setattr(self.obj, self.attr, self.value)
    def __exit__(self, *exc):
        setattr(self.obj, self.attr, self.old)
class Settings:
    mode = "normal"
with Swap(Settings, "mode", "test"):
    print("inside", Settings.mode)
print("after", Settings.mode)

class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("close", self.name, "error" if t else "clean")
def multi():
    with Log("a"), Log("b"):
        raise RuntimeError("stop")
try:
    multi()
except RuntimeError:
    print("propagated")
with (Log("p1") as x,
      Log("p2") as y):
    print(x.name, y.name)
class NoExit:
    __enter__ = lambda self: self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
