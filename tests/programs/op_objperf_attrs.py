# Attribute get/set on plain instances and modules, object.__new__ through type calls,
# float comparisons, and object reuse after free: the interpreter's fast paths must keep
# every rule of the generic ones.
import math


class P:
    k = 10

    def __init__(self, x):
        self.x = x

    def m(self):
        return self.x + 1


p = P(1)
print(p.x, p.k, p.m(), P.m(p))
p.k = 5
print(p.k, P.k)
p.m = lambda: "shadowed"
print(p.m())
del p.m
print(p.m())
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)


class Prop:
    def __init__(self):
        self.__dict__["v"] = "in dict"

    @property
    def v(self):
        return "property wins"


print(Prop().v)
q = Prop()
try:
    q.v = 3
except AttributeError as e:
    print("AttributeError", e)


class Desc:
    def __get__(self, obj, cls):
        return "desc get"

    def __set__(self, obj, value):
        print("desc set", value)


class UsesDesc:
    d = Desc()


u = UsesDesc()
u.d = 7
print(u.d, vars(u))


class NonData:
    def __get__(self, obj, cls):
        return "nondata"


class UsesNonData:
    n = NonData()


w = UsesNonData()
print(w.n)
w.n = "instance"
print(w.n)


class Hooked:
    def __getattr__(self, name):
        return "getattr:" + name

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


h = Hooked()
h.a = 1
print(h.a, h.b)


class Late:
    pass


lt = Late()
lt.z = 1
Late.__getattr__ = lambda self, name: "late:" + name
print(lt.z, lt.nothere)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 3
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError", e)


class Exposed:
    pass


e = Exposed()
e.a = 1
d = vars(e)
d["b"] = 2
e.c = 3
print(sorted(d.items()), e.b)


class S(str):
    pass


o = Exposed()
setattr(o, S("name"), 1)
o.name = 2
print(o.__dict__, type(list(o.__dict__)[0]).__name__)


class Dying:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


holder = Exposed()
holder.x = Dying("first")
holder.x = Dying("second")
print("replaced")
del holder
print("after holder")

print(math.pi > 3, math.floor(2.5))
try:
    math.nothing
except AttributeError as e:
    print("AttributeError", e)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
try:
    NoInit(k=1)
except TypeError as e:
    print("TypeError", e)


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a):
        print("init", a)


WithNew(4)


class InitOnly:
    def __init__(self, a, b=2):
        self.s = a + b


print(InitOnly(1).s, InitOnly(1, b=5).s)
try:
    InitOnly()
except TypeError as e:
    print("TypeError", e)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(Other())

nan = float("nan")
for a, b in ((1.0, 2.0), (2.0, 2.0), (nan, 1.0), (nan, nan), (-0.0, 0.0)):
    print(a < b, a <= b, a == b, a != b, a > b, a >= b)

# Many objects freed and made again: reused storage must start clean.
for round_ in range(3):
    objs = [P(i) for i in range(2000)]
    print(sum(o.x for o in objs), len({type(o).__name__ for o in objs}))
    del objs

# str comparisons, exact and subclassed
class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__")
        return True

    __hash__ = str.__hash__


words = ["b", "a", "ab", "", "é", "z", "\U0001f600", "\uffff"]
for a in words:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in words])
print(Loud("x") == "y", "y" == Loud("x"), "x" != "x")
print(sorted(["pear", "apple", "Zebra", "éclair", "apple pie"]))
