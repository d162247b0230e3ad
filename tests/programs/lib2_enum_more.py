import enum
from enum import Enum, IntEnum, Flag, auto, StrEnum, IntFlag
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.__members__)
print(dir(Color))
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError", e)
print(Color.RED in Color, Color['RED'] is Color.RED)
class Shape(IntEnum):
    SQ = 4
print(f"{Shape.SQ:>5}|{Shape.SQ:x}|{Shape.SQ!r}|{Shape.SQ!s}", str(Shape.SQ), Shape.SQ * 2, Shape.SQ.real, hash(Shape.SQ) == hash(4))
class Pretty(Enum):
    A = "a"
    def __str__(self):
        return self.value.upper()
print(Pretty.A, f"{Pretty.A}", [Pretty.A])
class Num(Enum):
    ONE = 1
    TWO = 2
    @property
    def double(self):
        return self.value * 2
print(Num.TWO.double, Num(1).double, type(Num.__members__).__name__)
print(Color.RED.__class__ is Color, Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else None)
W = Enum('W', 'A B', start=10)
print(list(W), W.A.value)
F2 = Flag('F2', ['X', 'Y'])
print(F2.X | F2.Y, list(F2))
class Perm(IntFlag):
    R = 4
    W = 2
print(Perm.R | Perm.W, format(Perm.R | Perm.W), Perm(6) in Perm, int(Perm.R | Perm.W))
class OrderEnum(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(OrderEnum))
print(isinstance(Color.RED, Enum), issubclass(Color, Enum), Color.RED.name.lower())
class E3(Enum):
    X = [1, 2]
    Y = {'a': 1}
print(E3([1, 2]), E3.Y.value)
try:
    E3(5)
except ValueError as e:
    print(e)
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    @classmethod
    def favorite(cls):
        return cls.HAPPY
    def describe(self):
        return self.name, self.value
print(Mood.favorite(), Mood.SAD.describe(), max(m.value for m in Mood))
print(sorted(Color, key=lambda c: -c.value))
print({c: c.value for c in Color})
for m in Color: print(m.name, m.value, end="; ")
print()
print(len(Perm), list(Perm), Perm.R.name)
print(StrEnum, enum.unique(Color) is Color, repr(auto()))
