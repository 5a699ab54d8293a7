# expect: ok
# stdout: <object
# A built-in type's __dict__ cannot be changed through the mapping it gives
# (CPython: TypeError from the read-only mappingproxy; asp hands out a copy).
try:
    object.__dict__['__repr__'] = None
except TypeError:
    pass
print(repr(object())[:7])
