# classes made by functions take the calling module's name as __module__
src = """
from collections import namedtuple
from dataclasses import make_dataclass
from typing import NewType, NamedTuple
from enum import Enum
P = namedtuple('P', 'x y')
D = make_dataclass('D', ['a'])
U = NewType('U', int)
Q = NamedTuple('Q', [('a', int)])
E = Enum('E', 'A B')
"""
ns = {'__name__': 'fakemod'}
exec(src, ns)
print(ns['P'].__module__, ns['D'].__module__, ns['U'].__module__, ns['Q'].__module__, ns['E'].__module__)
print(repr(ns['U']), repr(ns['E'].A), ns['P'](1, 2))
from collections import namedtuple
print(namedtuple('L', 'a').__module__)
