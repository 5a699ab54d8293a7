# sys.modules registry: importing adds entries, re-import returns the same module, intern identity for equal strings built differently
import sys
import math
print('math' in sys.modules, sys.modules['math'] is math, type(sys.modules).__name__)
import math as m2
print(m2 is math)
a = sys.intern('some' + '_' + 'identifier')
b = sys.intern(''.join(['some_', 'identifier']))
c = 'some_identifier'
print(a is b, a == c, sys.intern(c) is a)
names = [sys.intern(str(i) + 'x') for i in range(5)]
print(all(sys.intern(str(i) + 'x') is names[i] for i in range(5)))
print(sys.intern(''), sys.intern('é') == 'é', sys.intern('😀' * 3) is sys.intern('😀😀😀'))
print(sys.modules.get('no_such_mod'), 'sys' in sys.modules, sys.modules['builtins'].len is len)
