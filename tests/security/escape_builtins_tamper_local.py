# expect: ok
# stdout: 3
# stdout: 3
# Tampering with builtins changes only this realm's own view.
import builtins
orig = builtins.len
builtins.len = lambda x: 99
assert len([1]) == 99
builtins.len = orig
print(len([1, 2, 3]))
del builtins.len
try:
    len([])
except NameError:
    builtins.len = orig
print(len('abc'))
