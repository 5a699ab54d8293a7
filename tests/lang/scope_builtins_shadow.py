# shadowing built-in names, LEGB lookup
print(len("abc"))
def local_shadow():
    len = lambda x: "shadowed len"
    return len("abc")
print(local_shadow(), len("abc"))
list = "now a string"
print(list)
del list
print(list("ab"))
def uses_builtin():
    return max([1, 5, 3])
max = min
print(uses_builtin())
del max
print(uses_builtin())
x = "global"
def legb():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(legb())
def local_only():
    x = "local"
    return x
print(local_only(), x)
def param_shadow(print=None):
    return print
print(param_shadow("param named print"))
str_ = str
def f():
    str = int
    return str("42") + 1
print(f(), str_(5))
class C:
    len = 5
    def m(self):
        return len("method sees builtin")
print(C().m(), C.len)
try:
    del len
except NameError as e:
    print("NameError:", e)
import_ = "identifiers may contain keywords as substrings"
print(import_)
def g():
    return [type(v).__name__ for v in (True, None, ...)]
print(g())
for id in range(2):
    pass
print(id)
