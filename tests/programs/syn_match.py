# match statements (PEP 634): every pattern kind, guards, bindings and run-time errors.
import collections.abc


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, r):
        self.r = r


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 | 2:
            return f"small {v}"
        case -1:
            return "minus one"
        case 1.5 | 2+3j:
            return f"odd number {v}"
        case "hello" | b"bytes":
            return f"literal {v!r}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case int(n) if n < 0:
            return f"negative {n}"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one item {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [x, y, *_, z]:
            return f"first {x} second {y} last {z}"
        case (a, b):
            return f"pair {a} {b}"
        case {"type": "circle", "r": r}:
            return f"circle dict {r}"
        case {"k": v2, **others}:
            return f"k={v2} others={others}"
        case {}:
            return "some mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px):
            return f"point with x {px}"
        case Circle(r=r) | Point(x=r, y=_):
            return f"round {r}"
        case collections.abc.Set():
            return "a set"
        case _:
            return "other"


for v in [None, True, False, 0, 1, 2, -1, 1.5, 2+3j, "hello", b"bytes", "longer", "ab", -7, [], (), [9],
          [1, 2, 3], [5, 6, 7, 8], (3, 4), {"type": "circle", "r": 2}, {"k": 1, "z": 2}, {"q": 0},
          Point(0, 0), Point(0, 5), Point(3, 3), Point(4, 1), Circle(7), {1, 2}, 3.25, range(2), "x" * 3]:
    print(repr(v) if not isinstance(v, (Point, Circle)) else type(v).__name__, "->", describe(v))


# Bindings: a failed case binds nothing; or-patterns bind the same names in any order.
def order(v):
    match v:
        case (1, a, b) | (2, b, a):
            return a, b
        case [x, [y, *z]] as whole:
            return x, y, z, whole
    return None


print(order((1, 'p', 'q')), order((2, 'p', 'q')), order([0, [1, 2, 3]]), order(5))

y = 'unset'
match (1, 2):
    case (y, 3):
        pass
    case _:
        pass
print("y after failed case:", y)

# The subject is evaluated once; walrus in a guard; nested match.
calls = []
def subject():
    calls.append(1)
    return {"a": [1, {"b": 2}]}

match subject():
    case {"a": [1, {"b": bb}]} if (doubled := bb * 2) > 3:
        print("nested", bb, doubled)
print(len(calls))

for cmd in ["go north", "look", "drop sword shield", "quit now"]:
    match cmd.split():
        case ["go", direction]:
            print("going", direction)
        case ["look"]:
            print("looking")
        case ["drop", *objects]:
            print("dropping", objects)
        case _:
            print("unknown", cmd)

# Soft keywords stay usable as names.
match = [1, 2]
case = 3
print(match, case, match[0])
def match_(match, case=None):
    return match, case
print(match_(match=5, case=6))

# Mapping subjects: get() is used, defaultdict's __missing__ is not triggered.
from collections import defaultdict, OrderedDict
dd = defaultdict(list, {"a": 1})
match dd:
    case {"b": _}:
        print("has b")
    case {"a": 1}:
        print("has a, keys", sorted(dd))

match OrderedDict(x=1):
    case {"x": xv}:
        print("ordered", xv)

# Class patterns with builtins, self-matching, run-time errors.
for v in [5, 5.0, "s", [1], (1,), {1: 2}, True]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s) | list(s) | tuple(s) | dict(s):
            print("other builtin", s)

class NoArgs:
    pass

for bad in [lambda: None, 3]:
    try:
        match NoArgs():
            case NoArgs(1):
                pass
    except TypeError as e:
        print("TypeError:", e)
        break

class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match Point(1, 2):
        case Point(1, x=2):
            pass
except TypeError as e:
    print("TypeError:", e)

not_a_class = len
try:
    match 3:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)

# Strings, bytes and bytearrays are not sequences for patterns.
for v in ["ab", b"ab", bytearray(b"ab"), ["a", "b"], collections.deque("ab")]:
    match v:
        case [a, b]:
            print("sequence", a, b)
        case _:
            print("not a sequence", type(v).__name__)

# Value patterns are looked up by dotted name and compared with ==.
class Color:
    RED = 1
    GREEN = 2

for c in [1, 2, 3]:
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN:
            print("green")
        case other:
            print("other colour", other)
