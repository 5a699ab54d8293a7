# uncaught chained exception: the last line is the final one
class AppError(Exception):
    pass
def load():
    try:
        int("not a number")
    except ValueError as e:
        raise AppError("could not load settings") from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__))
load()
