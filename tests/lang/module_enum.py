from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, 2 in Color, 7 in Color, list(Color.__members__))
print(type(Color), type(Color.RED), isinstance(Color.RED, Color), repr(Color), f'{Color.GREEN}', f'{Color.GREEN:>12}|')
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), sorted(c.name for c in Color))
print(list(reversed(Color)), {Color.RED: 'r'}[Color.CRIMSON], Color.GREEN.__class__.__name__)
for bad in [lambda: Color(9), lambda: Color['NOPE']]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class More(Color):
        X = 9
except TypeError as e:
    print(e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([(m.name, m.value) for m in Auto])

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius ** 2), 2)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MARS.gravity, Planet((6.42e23, 3.39e6)))

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE + 1, Shape.SQUARE == 2, Shape(1), f'{Shape.SQUARE}', sorted([Shape.SQUARE, 1]), int(Shape.SQUARE), isinstance(Shape.CIRCLE, int))

class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'
print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('w'), Mode.READ.upper(), f'{Mode.READ}')

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, Perm(7))
print(rw & Perm.W, rw ^ Perm.R, Perm.R.value, (Perm.R | Perm.X).value)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', str(e).splitlines()[0])

class AF(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in AF], AF.A | AF.C)

class Bits(IntFlag):
    ONE = 1
    TWO = 2
print(Bits.ONE | Bits.TWO, repr(Bits.ONE | 4), Bits.ONE | 2, Bits(3), Bits.ONE + 1, ~Bits.ONE)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Num = Enum('Num', [('ONE', 1), ('TWO', 2)])
print(Num.TWO, Num(1))
class WithMethods(Enum):
    A = 'a'
    B = 'b'
    def describe(self):
        return f'{self.name}={self.value}'
    @classmethod
    def default(cls):
        return cls.A
print(WithMethods.B.describe(), WithMethods.default())
class Lookup(Enum):
    X = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'x':
            return cls.X
print(Lookup('x'))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
print(EnumMeta is EnumType, Color.RED.__class__ is Color, dir(Color.RED)[:3])
