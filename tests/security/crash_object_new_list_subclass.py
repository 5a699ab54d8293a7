# expect: ok
# stdout: object.__new__(L) is not safe, use L.__new__()
# stdout: int.__new__(bool) is not safe, use bool.__new__()
# stdout: P
class L(list): pass
class P: pass
for f in (lambda: object.__new__(L), lambda: int.__new__(bool)):
    try:
        f()
    except TypeError as e:
        print(e)
print(type(object.__new__(P)).__name__)
