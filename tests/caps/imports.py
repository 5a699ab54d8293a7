# Imports from the script's own directory: granted by default.
import sys
import mymod
print(mymod.NAME, mymod.__name__, mymod.__file__.endswith("/work/mymod.py"))
import mymod as m2
print(m2 is mymod, sys.modules["mymod"] is mymod)
import pkg
print(pkg.value, pkg.__name__, pkg.__package__, pkg.__file__.endswith("pkg/__init__.py"))
print(pkg.core.twice())
import pkg.sub.leaf
print(pkg.sub.leaf.parent_value, pkg.sub.leaf.__package__)
from pkg.sub import leaf
print(leaf is pkg.sub.leaf, leaf.double(21))
from pkg import core as c, sub
print(c.value, sub.__name__)
import circ_a
print(circ_a.A, circ_a.circ_b.B)
try:
    import not_there
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import pkg.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from pkg import nothing
except ImportError as e:
    print("ImportError:", e)
try:
    import mymod.inner
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import broken
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "broken" in sys.modules)
try:
    from . import mymod
except ImportError as e:
    print("ImportError:", e)
print(__import__("pkg.sub", fromlist=["leaf"]).__name__)
print(__import__("pkg.sub").__name__)
print(sorted(k for k in sys.modules if k.startswith("pkg")))
