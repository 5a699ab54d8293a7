# assert and __debug__
print(__debug__, type(__debug__).__name__)
assert True
assert 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 0, "message"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert [], {"k": 1}
except AssertionError as e:
    print("AssertionError", e.args[0])
calls = []
def side(v):
    calls.append(v); return v
assert side(1), side("msg")
try:
    assert side(0), side("msg2")
except AssertionError as e:
    print(calls, e)
class Falsy:
    def __bool__(self): print("bool called"); return False
try:
    assert Falsy(), "via bool"
except AssertionError as e:
    print(e)
class Raises:
    def __bool__(self): raise ValueError("in bool")
try:
    assert Raises()
except ValueError as e:
    print("ValueError", e)
# assert with tuple is always true (SyntaxWarning in CPython)
try:
    exec("assert (False, 'x')")
    print("tuple assert passed")
except AssertionError:
    print("tuple assert failed")
# assigning __debug__ is a syntax error
for src in ["__debug__ = 1", "del __debug__", "def f(__debug__): pass", "__debug__ += 1", "class C:\n    __debug__ = 1", "import x as __debug__", "for __debug__ in []: pass"]:
    try:
        exec(src)
        print("accepted", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
# AssertionError can be raised and subclassed
class MyAssert(AssertionError): pass
try:
    raise MyAssert("custom")
except AssertionError as e:
    print(type(e).__name__, e)
# assert inside a function shows up in traceback-like info
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
try:
    check(-1)
except AssertionError as e:
    print(e)
# AssertionError message evaluated lazily
def msg():
    print("message evaluated")
    return "m"
assert True, msg()
# uncaught assert ends the program with the message as the last stderr line
assert 1 == 2, "final failing assert"
