# uncaught exception whose __str__ fails, and one with an empty message
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
try:
    raise Broken()
except Broken as e:
    try:
        str(e)
    except RuntimeError as err:
        print("str raised", err)
class Empty(Exception):
    pass
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
raise Broken()
