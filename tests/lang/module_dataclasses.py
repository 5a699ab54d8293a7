from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
import dataclasses
from typing import ClassVar, List, Optional

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1, 0), p != Point(2), Point.__doc__, Point(1, 2, ['a']))
print([f.name for f in fields(p)], asdict(Point(1, 2, [Point(3)])), astuple(p), replace(p, y=5))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__match_args__, Point.__hash__)
for bad in [lambda: Point(), lambda: Point(1, 2, 3, 4), lambda: Point(1, z=3), lambda: Point(1, x=2),
            lambda: replace(p, nope=1), lambda: fields(3), lambda: asdict(Point)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)
v1, v2 = Version(1, 2), Version(1, 10, 'x')
print(v1 < v2, sorted([v2, v1]), v1 == Version(1, 2, 'zzz'), hash(v1) == hash(Version(1, 2)), {v1: 1}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    limit: Optional[int] = None
    def add(self, s):
        self.items.append(s)
        Inventory.count += 1
i = Inventory(); i.add('a'); print(i, Inventory.count, [f.name for f in fields(Inventory)], Inventory.__doc__)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 10), [f.name for f in fields(WithPost)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW.__match_args__, KW.__doc__)
try:
    KW(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class AllKW:
    a: int
    b: str
print(AllKW(b='x', a=1))
try:
    AllKW(1, 'x')
except TypeError as e:
    print(e)
try:
    AllKW()
except TypeError as e:
    print(e)

try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print(e)

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 9
print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)])

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))
@dataclass
class Plain:
    a: int
print(Plain.__hash__)

C = make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))], namespace={'total': lambda self: self.x + self.z})
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)])

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError', type(e).__name__)

@dataclass
class Node:
    val: int
    next: 'Node | None' = None
n = Node(1, Node(2))
print(n, asdict(n))
import copy
print(copy.copy(p), copy.deepcopy(Point(1, 2, [1, [2]])), copy.replace(p, x=7))
print(type(MISSING).__name__, dataclasses.field(default=1).default, repr(field(default=3)).startswith('Field(name=None'))
match Point(1, 2):
    case Point(1, y):
        print('y is', y)
