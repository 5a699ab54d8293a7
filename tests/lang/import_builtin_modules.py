# Importing the built-in modules: from-imports, star-imports, aliases,
# missing names and modules, and the module objects themselves.
import math
import math as m2
import sys
from math import pi, sqrt as root
print(math is m2, pi, root(16), type(math).__name__, math.__name__)
try:
    from math import nonexistent
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])   # (CPython names the .so file)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from no_such_module_here import x
except ImportError as e:
    print(type(e).__name__, e)
def star_user():
    g = {}
    exec('from math import *', g)
    return sorted(k for k in g if not k.startswith('__'))[:8]
try:
    print(star_user())
except Exception as e:
    print(type(e).__name__, e)
print('sqrt' in dir(math), callable(math.floor), hasattr(math, 'xyz'))
print(isinstance(sys.argv, list), sys.maxsize == 2**63 - 1)
def local_import():
    import math
    from math import e
    return math.floor(e)
print(local_import())
