# Comments, blank lines and odd layout.

   # indented comment line

@(lambda f: f)
@a.b[1](2)
@x if y else z
def deco(): ...

async def agen(xs):
    result = [await x async for x in xs if await x]
    gen = (y async for y in xs)
    async with a as (b, c), d as [e, *f]:
        pass
    async for i, (j, k) in xs:
        yield i
    return {k: v async for k, v in xs}

def scopes():
    global g1, g2
    x = 0
    def inner():
        nonlocal x
        x += 1
    return inner

class K(Base, *mixins, metaclass=Meta, **options):
    attr: ClassVar[int] = 3
    (paren): int
    obj.field: str
    seq[0]: bytes = b''
    def method(self, /, *, key=None): return key

for (a, b), *rest in pairs: print(a, b, rest)
for x, in [(1,)]: pass
x = y = z = 0
a, b = b, a
[a, (b, c)] = 1, (2, 3)
a[1:2], b.c = d
x = *a, *b
t = 1,
t = ()
e = [*a, *b]
d = {**a, 'x': 1, **b}
s = {*a, *b}
v = a if b else c if d else e
w = lambda: (yield)
n = not not x
c = a < b < c != d == e >= f <= g > h
c = a not in b
c = a is not b
p = -x ** -y
p = (-x) ** y
p = 2 ** 3 ** 4
p = a @ b @ c
m = a[1, 2:3, ::4, ...]
m = a[()]
m = a[b:=1]
m = a[:, None]
k = f(a)(b)(c)
k = f(*args, key=1, **kw)
k = f(a, *b, c, *d, e=1, **f, g=2)
k = f(x for x in y)
k = f(
    a,
    b,
)
l = [
    x
    for x in range(10)
    if x % 2
    if x % 3
    for y in range(x)
]
if (n := 10) > 5: pass
while (chunk := read()): pass
print([y := 5, y ** 2])
print(f"{(lambda: 1)()}")
numbers = [0, 00, 0_0, 1_000, 0xFF_FF, 0o7_7, 0b1_0, 1.5, 1., .5, 1e5, 1E-5, 1_0.0_1e+1_0, 3j, 3.5J, 1e3j, 0.0]
strings = [u'u', U"U", R'raw\d', b'\x00\xff', BR'\d', rB"x", Rb'y', f'f', F"F", fR'{x}\n', Rf"{x}", rf"{x!a}"]
cat = ('a' 'b'
       "c")
fcat = 'lit' f'{x}' 'more' f'{y:>{w}}'
nested = f"{'inner'}" f'{"dq"}' f"""{'''tq'''}"""
spec = f"{x:{'>'}10}" f"{x!s:^{w}}" f"{3.14159:.2f}" f"{x=!r:>10}" f"{ x = }"
braces = f"{{}} {{{x}}} }}{{"
multi = f"""
line {x}
  {y
   }
"""
escapes = '\N{EM DASH}\N{DIGIT ONE}\u00e9\U0001F600\x41\101\0\a\b\f\v\
continued'
bytes_escapes = b'\x41\101\n\\\'\q'
ellipsis = ...
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    pass
try:
    pass
except Never if False else Exception as exc:
    pass
except (A, B):
    pass
else:
    pass
finally:
    pass
with (a):
    pass
with (a, b) as c:
    pass
with (a as b):
    pass
with (yield_) as c, d:
    pass
import a.b.c as d, e
from .... import x
from . a import (b as c, d)
from a.b import *
del (a), [b], c[0], d.e,
assert x, (y, z)
raise E(1) from None
