# uncaught exception with notes: the notes follow the message
def check(x):
    if x < 0:
        e = ValueError("negative")
        e.add_note("while checking input")
        e.add_note("value was %d" % x)
        raise e
    return x
print(check(1))
check(-5)
