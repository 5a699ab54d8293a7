# expect: exception TypeError
# built-in types' attributes cannot be set
object.__dict__['__repr__'] = None
