# uncaught exception with notes: the last stderr line is the last note
import sys
def work():
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("while looking up the config")
        e.add_note("hint: check the key")
        raise
try:
    work()
except KeyError as e:
    print(type(e).__name__, e.__notes__)
print(sys.exception())
work()
