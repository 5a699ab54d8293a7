from typing import NamedTuple, TypedDict, Required, NotRequired, Optional, List
import typing

class M(TypedDict, total=False):
    a: int
    b: str
m = M(a=1)
print(type(m), m, M.__required_keys__, sorted(M.__optional_keys__), M.__total__, M.__annotations__, M.__mro__, isinstance(m, dict))
class Movie(TypedDict):
    title: str
    year: NotRequired[int]
class Movie2(Movie, total=False):
    rating: Required[float]
    tags: List[str]
print(Movie(title='x'), Movie.__required_keys__, Movie.__optional_keys__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), list(Movie2.__annotations__))
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self):
        return self.x + self.y
    @property
    def double(self):
        return P(self.x * 2, self.y * 2)
p = P(1)
print(p, p.norm(), p.double, P._fields, P._field_defaults, P.__annotations__, type(p).__mro__, P.__doc__, p._asdict(), p._replace(y=5.5))
x, y = P(3, 4.0); print(x, y, P(3, 4.0) == (3, 4.0), isinstance(p, tuple))
class Doc(NamedTuple):
    """A documented tuple."""
    name: str
print(Doc.__doc__, Doc('n'))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'x'), Q.__annotations__, Q.__module__)
R = NamedTuple('R', a=int, b=Optional[str])
print(R(1, None), R.__annotations__)
T = TypedDict('T', {'x': int, 'y': List[int]})
print(T(x=1, y=[2]), T.__required_keys__ == frozenset({'x', 'y'}), typing.is_typeddict(T), typing.is_typeddict(dict))
for bad in ['class Bad(NamedTuple):\n    x: int = 1\n    y: int\n', 'class Bad2(NamedTuple):\n    x: int\n    def _asdict(self): pass\n',
            'class Bad3(TypedDict, int):\n    x: int\n']:
    try:
        exec(bad, {'NamedTuple': NamedTuple, 'TypedDict': TypedDict})
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    isinstance({}, M)
except TypeError as e:
    print(e)
match P(1, 2.0):
    case P(x=1, y=yy):
        print('matched', yy)
