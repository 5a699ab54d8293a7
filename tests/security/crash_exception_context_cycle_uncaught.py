# expect: exception KeyError
a = ValueError('a')
b = KeyError('b')
a.__context__ = b
b.__context__ = a
raise b
