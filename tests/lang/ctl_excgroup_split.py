# ExceptionGroup split / subgroup / derive
def tree(e, ind=0):
    pad = " " * ind
    if isinstance(e, BaseExceptionGroup):
        out = [f"{pad}{type(e).__name__}({e.message!r}) notes={getattr(e, '__notes__', None)}"]
        for x in e.exceptions:
            out.append(tree(x, ind + 2))
        return "\n".join(out)
    return f"{pad}{type(e).__name__}({e})"
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(tree(m)); print(tree(r))
m, r = eg.split((KeyError, TypeError))
print(tree(m)); print(tree(r))
print(eg.split(OSError))
m, r = eg.split(Exception)
print(m is eg, r)
print(tree(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(lambda e: False), eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "sub").message)
# derive keeps message type, copies metadata in split
class MyEG(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", [type(x).__name__ for x in excs])
        return MyEG(self.message + "!", excs)
g = MyEG("mine", [ValueError("a"), TypeError("b")])
g.add_note("note")
g.__cause__ = KeyError("cause")
m, r = g.split(ValueError)
print(type(m).__name__, m.message, m.__notes__, type(m.__cause__).__name__, r.message)
# constructor rules
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError()), ("m",)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__, str(eg), repr(ExceptionGroup("x", [ValueError(1)])))
print(eg.args[0], type(eg.args[1]).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
# split by predicate and by class tuple, including the group itself
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup))
print(m is eg, r)
try:
    eg.split(5)
except TypeError as e:
    print("TypeError", e)
# str with count
print(str(ExceptionGroup("many", [ValueError()] * 3)), str(ExceptionGroup("one", [ValueError()])))
