# expect: ok
# stdout: 1
class D:
    def __get__(self, obj, owner):
        del C.attr
        return 1
class C:
    attr = D()
print(C().attr)
