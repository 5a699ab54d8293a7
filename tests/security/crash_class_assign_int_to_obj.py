# expect: exception TypeError
x = 5
x.__class__ = bool
