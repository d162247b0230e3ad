def deco(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return wrapper
@deco
def add(x, y=1):
    return x + y
print(add(2, y=3))
def register(cls):
    cls.registered = True
    return cls
@register
class C:
    def who(self):
        return __class__.__name__
print(C.registered, C().who())
class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)
class Child(Base): pass
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        return f"desc {self.name}"
class H:
    attr = Desc()
print(H().attr, H.attr)
class V:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
o = V(); o.v = 5; print(o.v)
try:
    del o.v
except AttributeError as e:
    print(e)
class Num:
    def __init__(self, n): self.n = n
    def __radd__(self, other): return Num(other + self.n)
    def __repr__(self): return f"Num({self.n})"
    def __bool__(self): return self.n != 0
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __contains__(self, x): return x == 42
    def __call__(self, *a): return sum(a)
print(1 + Num(2), sum([Num(1)], 0) if False else "", bool(Num(0)), len(Num(1)), list(Num(1)), 42 in Num(1), Num(1)(1, 2, 3))
x = 0
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    return mid(), x
print(outer(), x)
print([(i, j) for i in range(3) for j in range(i)])
gen = ((i, c) for i, c in enumerate("ab"))
print(dict(gen))
print(type(range(3)).__name__, type(iter([])).__name__, type(x for x in []).__name__)
print(str(None), str(True), int(True), float(3), complex(1, 2), 1j * 1j)
k = {"a": 1}
print({**k, "b": 2}, [*range(3), *"ab"], (*k,))
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1))
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly()
except TypeError as e:
    print(e)
print(isinstance(C, type), type(C), type(type), object.__name__)
class Ctx:
    def __enter__(self): print("enter"); return 1
    def __exit__(self, *a): print("exit", a[0]); return False
try:
    with Ctx() as v, Ctx() as w:
        print(v, w)
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
print(max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(sorted({3: "c", 1: "a"}.items()), list(zip(*[(1, 2), (3, 4)])))
while_count = 0
while while_count < 3:
    while_count += 1
    if while_count == 2:
        continue
print(while_count)
print(f"{1:>{5}}|{'x':*^7}|{12345.678:,.2f}|{0.25:.0%}|{7:b}")
