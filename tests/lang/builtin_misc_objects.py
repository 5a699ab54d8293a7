# builtins: exit/quit/help/breakpoint/copyright/credits/license objects exist; __build_class__, __import__, __debug__, Ellipsis, NotImplemented
import builtins
for name in ['exit', 'quit', 'help', 'breakpoint', 'copyright', 'credits', 'license', 'compile',
             '__import__', '__build_class__', 'print', 'aiter', 'anext']:
    print(name, hasattr(builtins, name), callable(getattr(builtins, name, None)))
print(repr(exit), repr(quit))
print(__debug__, Ellipsis, ..., Ellipsis is ..., repr(NotImplemented), type(...).__name__, type(NotImplemented).__name__)
print(bool(NotImplemented) if False else '', type(None).__name__, repr(None))
try:
    type(...)()
    print('ellipsis ok', type(...)() is ...)
except TypeError as e:
    print('TypeError', e)
print(type(NotImplemented)() is NotImplemented, type(None)() is None)
try:
    exit(3)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    quit('bye')
except SystemExit as e:
    print('SystemExit', e.code)
try:
    exit()
except SystemExit as e:
    print('SystemExit', e.code)
m = __import__('math')
print(m.floor(2.5), __import__('sys').maxsize > 0)
try:
    __import__('no_such_module_zz')
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(builtins.len is len, builtins.__name__, type(builtins).__name__, __builtins__ is builtins or isinstance(__builtins__, dict))
builtins.my_injected = 42
print(my_injected)
del builtins.my_injected
try:
    my_injected
except NameError as e:
    print('NameError', e)
print(__name__, type(__doc__).__name__)
