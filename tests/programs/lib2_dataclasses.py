from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError, is_dataclass, make_dataclass, KW_ONLY, MISSING
import dataclasses
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p.tags)
print([f.name for f in fields(p)], asdict(p), astuple(p))
print(replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__, Point.count, Point.__hash__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def bump(self):
        return replace(self, minor=self.minor + 1)

v = Version(1, 2)
print(v < Version(1, 3), v >= Version(0, 9), sorted([Version(2), Version(1, 5), v]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(v.bump())

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 5), [f.name for f in fields(w)])

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1
print(KW(a=2), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)

@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2))

@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
print(NoRepr(1) == NoRepr(1), repr(NoRepr(1)).startswith('<'))

try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

@dataclass
class Base:
    x: int
    y: str = "y"
@dataclass
class Derived(Base):
    z: float = 1.5
print(Derived(1), Derived(1, "a", 2.0))

@dataclass
class Nested:
    p: Point
    items: list
    mapping: dict
n = Nested(Point(1), [Point(2, 3)], {"k": Point(4)})
print(asdict(n))
print(astuple(n))

C = make_dataclass("C", [("a", int), ("b", str, field(default="q"))], namespace={"hi": lambda self: "hi"})
print(C(1), C(1).hi())

f = fields(Point)[1]
print(f.name, f.type, f.default, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(fields(Point)[2].default_factory, fields(Point)[2].default is MISSING)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(compare=False)
print(hash(H(1, 2)) == hash(H(1, 3)), H(1, 2) == H(1, 3))
@dataclass(eq=True)
class Unh:
    a: int
print(Unh.__hash__)
@dataclass
class R:
    me: object = None
r = R(); r.me = r
print(r)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError", e)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S.__slots__)
print(Point.__init__.__qualname__, Point.__repr__.__name__)
print(Point.__doc__)
