# add_note / __notes__
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
for bad in [1, None, b"x"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError", err)
class S(str): pass
e.add_note(S("subclass"))
print(e.__notes__, type(e.__notes__[-1]).__name__)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError", err)
e.__notes__ = ["replaced"]
e.add_note("y")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh")
print(e.__notes__)
try:
    e.add_note()
except TypeError as err:
    print("TypeError", err)
# notes survive raise / re-raise
def f():
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added in handler")
        raise
try:
    f()
except KeyError as k:
    print(k.__notes__)
# notes on exception groups
g = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
g.add_note("group note")
m, rest = g.split(ValueError)
print(m.__notes__, rest.__notes__, m.exceptions[0].__dict__ if hasattr(m.exceptions[0], "__dict__") else "")
# __notes__ tuple is allowed to exist but add_note requires list
e2 = RuntimeError()
e2.__notes__ = ("t",)
try:
    e2.add_note("x")
except TypeError as err:
    print("TypeError", err)
# str/repr unaffected by notes
e3 = OSError("io")
e3.add_note("note")
print(str(e3), repr(e3), e3.args)
# notes stored in __dict__
print("__notes__" in e3.__dict__, e3.__dict__)
