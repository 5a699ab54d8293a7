# re-raise, bare raise, exception variable cleanup
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise

try:
    reraiser()
except ValueError as e:
    print("outer got", e)

def raise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("converted") from e

try:
    raise_other()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

# implicit context
try:
    try:
        {}["a"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(e, "| context:", type(e.__context__).__name__, "| cause:", e.__cause__)
    print("suppress_context:", e.__suppress_context__)

# from None
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

# exception variable is deleted after the except block
e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)

# re-raise a stored exception
saved = None
try:
    int("q")
except ValueError as exc:
    saved = exc
try:
    raise saved
except ValueError as again:
    print("raised again:", again, again is saved)

# nested handlers with bare raise of the outer exception
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
except KeyError as e:
    print("bare raise re-raised", repr(e))
