# uncaught exception group: CPython prints the tree; the last line closes it
def fail():
    raise ExceptionGroup("several", [ValueError("one"), TypeError("two")])
try:
    fail()
except* ValueError as e:
    print("handled", [str(x) for x in e.exceptions])
except* TypeError as e:
    print("handled", [str(x) for x in e.exceptions])
fail()
