# expect: exception NameError
# stdout: replaced
# replacing __builtins__ of a module makes names unavailable, never exposes more
import builtins
def f():
    return abs(-1)
g = {'__builtins__': {}}
print('replaced')
exec('x = open', g)
