# user-defined exception classes: args, str, repr, attributes, hierarchy
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__("not found: " + what)
        self.what = what
class Detailed(AppError):
    def __str__(self):
        return "Detailed(" + ", ".join(map(str, self.args)) + ")"

e = AppError("a", 2)
print(e.args, str(e), repr(e))
print(str(AppError()), repr(AppError()), str(AppError("only")), repr(AppError("only")))
nf = NotFound("page")
print(nf.args, nf.what, str(nf), repr(nf))
d = Detailed(1, "x")
print(str(d), repr(d))
for exc in [NotFound("k"), Detailed(), AppError(), ValueError()]:
    try:
        raise exc
    except NotFound as err:
        print("NotFound handler", err.what)
    except AppError as err:
        print("AppError handler", type(err).__name__)
    except Exception as err:
        print("generic handler", type(err).__name__)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print([c.__name__ for c in NotFound.__mro__])
class WithAttrs(Exception):
    code = 500
    def __init__(self, msg, code=None):
        super().__init__(msg)
        if code is not None:
            self.code = code
print(WithAttrs("x").code, WithAttrs("y", 404).code)
try:
    raise WithAttrs("boom", 418)
except WithAttrs as err:
    print(err, err.code, err.args)
class NoInit(Exception):
    def __init__(self):
        pass
print(repr(NoInit()), NoInit().args)
ex = KeyError("key")
print(str(ex), repr(ex), str(KeyError()), str(KeyError("a", "b")))
print(str(IndexError("i")), repr(OSError("disk")), repr(LookupError("a", 1)))
err = ValueError("mutable")
err.args = ("changed",)
print(err)
err.note_attr = "custom attribute"
print(err.note_attr)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
