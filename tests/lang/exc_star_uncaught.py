# except*: an uncaught group (traceback drawn as CPython; the last line is checked)
def work():
    try:
        raise ExceptionGroup("batch", [ValueError(1), TypeError(2), KeyError(3)])
    except* TypeError:
        print("handled TypeError")
    except* KeyError:
        raise RuntimeError("while handling KeyError")

work()
