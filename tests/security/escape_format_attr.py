# expect: ok
# stdout: <class 'object'>
# stdout: True
print('{0.__class__.__base__}'.format(1))
print('{0.__class__.__base__.__subclasses__}'.format(1).startswith('<built-in method __subclasses__'))
