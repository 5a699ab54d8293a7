# the complete built-in exception hierarchy: __mro__ of every built-in exception
import builtins
names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
for n in names:
    if n.startswith('_'):
        continue
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__], cls.__module__, cls.__qualname__)
print(len([n for n in names if not n.startswith('_')]))
print(EnvironmentError is OSError, IOError is OSError)
