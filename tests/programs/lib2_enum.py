import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def default(cls):
        return cls.RED

print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED)
print(f"{Color.GREEN}", format(Color.GREEN, ">12"), "%s" % Color.BLUE)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED.describe(), Color.default())
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(type(Color.RED), Color, isinstance(Color.RED, Color), Color.RED in Color)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(list(reversed(Color)), bool(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
try: Color(7)
except ValueError as e: print("ValueError", e)
try: Color['PINK']
except KeyError as e: print("KeyError", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError", e)
try:
    class More(Color): PINK = 7
except TypeError as e: print("TypeError", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print("TypeError", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print("ValueError", e)

class Num(IntEnum):
    ONE = 1
    TWO = auto()
    THREE = auto()
print(Num.TWO, repr(Num.THREE), Num.ONE + 1, Num.TWO == 2, f"{Num.ONE}", format(Num.TWO, "03d"), Num(3), sorted([Num.THREE, Num.ONE]))
print(int(Num.TWO), Num.TWO < 3, [m.value for m in Num], isinstance(Num.ONE, int))

class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S.A == "a", f"{S.B}", S("bee"))

class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
print(P.R, repr(P.R), P.R | P.W, repr(P.R | P.W), P.RWX, repr(P(0)), P(0), bool(P(0)))
print(P.R in (P.R | P.W), P.X in (P.R | P.W), list(P.R | P.X), len(P.RWX), ~P.R, P.RWX & P.W, P.R ^ P.RWX)
print(list(P), P(3), P.RWX.value, (P.R|P.W).name)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R + 1, repr(Perm(0)), Perm(7), repr(Perm(8)), Perm.R | 8, ~Perm.R, repr(~Perm.R))

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS))

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    B = 2
    A = 1
print(sorted(Ordered), Ordered._member_names_)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Pet = Enum('Pet', [('DOG', 'd'), ('FISH', 'f')])
print(list(Pet), Pet('f'))
Sh = IntEnum('Sh', {'A': 10, 'B': 20})
print(Sh.B, repr(Sh.A))

class WithMissing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
print(WithMissing('A'))

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value)

class Mixed(str, Enum):
    A = "alpha"
print(Mixed.A, repr(Mixed.A), Mixed.A == "alpha", f"{Mixed.A}")
class Mi(int, Enum):
    A = 5
print(Mi.A, repr(Mi.A), f"{Mi.A}")

class E2(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
    _private = 3
print(list(E2), E2._private if hasattr(E2, '_private') else None)
print(Color.RED.__class__.__name__, dir(Color.RED)[:3] if False else '', Color.__name__)
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumType))
class Empty(Enum):
    pass
print(list(Empty), len(Empty))
class Sub(Empty):
    A = 1
print(list(Sub))
print(1 in [m.value for m in Color])
