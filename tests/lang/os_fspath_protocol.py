# os.fspath: str and bytes pass through, other objects go through their type's __fspath__
import os


class P:
    def __fspath__(self):
        return "some/path"


class B:
    def __fspath__(self):
        return b"bytes/path"


class Bad:
    def __fspath__(self):
        return 42


class NotPath:
    pass


inst = NotPath()
inst.__fspath__ = lambda: "instance attribute is not used"
print(os.fspath("s"), os.fspath(b"b"), os.fspath(P()), os.fspath(B()))
for obj in (Bad(), NotPath(), inst, 3, None):
    try:
        os.fspath(obj)
    except TypeError as e:
        print("TypeError:", e)
