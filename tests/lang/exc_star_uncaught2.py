# except*: an uncaught naked exception re-raised through except* stays naked
try:
    raise ValueError("plain")
except* TypeError:
    print("never")
