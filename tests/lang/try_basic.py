# try / except / else / finally basics
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("else clause, result", r)
        return r
    finally:
        print("finally for", a, b)

print(div(6, 3))
print(div(1, 0))

try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)

try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError as e:
    print("KeyError", e, repr(e))

try:
    int("xyz")
except Exception as e:
    print(type(e).__name__, e)

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)

try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)

# exception hierarchy
try:
    raise ZeroDivisionError("custom message")
except ArithmeticError as e:
    print("ArithmeticError catches", type(e).__name__, e.args)

try:
    raise KeyError("k")
except LookupError as e:
    print("LookupError catches", type(e).__name__)

# finally runs even without exception
try:
    print("body")
finally:
    print("finally")

# exception class raised without instance
try:
    raise ValueError
except ValueError as e:
    print("args", e.args, repr(e))
