import os, sys as system
from . import a
from ..b.c import (d, e as f,)
x = 1 + 2 * 3 ** -4
y: int = 5
z += 1
a, *b = c
@dec
@dec.attr(1)
class A(B, metaclass=M):
    """doc"""
    def f(self, a, /, b=1, *args, c, d=2, **kw) -> int:
        return a if b else c
    async def g(self):
        async with a as b, c:
            await x
        async for i in y:
            yield i
        return [i async for i in y]
if a:
    pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    continue
for i, j in enumerate(x):
    print(i, *j, sep='', **k)
try:
    pass
except (A, B) as e:
    raise X from e
except:
    raise
else:
    pass
finally:
    del a, b[1], c.d
with (open(x) as f, open(y) as g,):
    pass
with (a, b):
    pass
lambda: 0
lambda x, *y, z=1, **w: x
f = lambda *, k: k
s = 'a' "b" '''c''' """d"""
bb = b'x' rb'\d' Br"y"
fs = f"{x!r:>10} {y=} {{}} {z:%Y}" rf'\{x}'
fn = f"{x:{w}.{p}f}"
nums = [0x1F, 0o17, 0b1010, 1_000_000, 3.14, 1e10, 2.5j, 1.5e3J, .5, 5.]
d = {1: 2, **e, 'k': v}
st = {1, 2, *s}
c = [x for x in y if x for z in w if z if q]
g = (x for x in y)
dc = {k: v for k, v in items}
sc = {x for x in y}
x = a[1:2, ::3, ...]
x = a[1:2:3]
x = a[:]
x = a[*b]
if (n := len(a)) > 10: pass
print(f(x) for x in y)
global q
x = yield
x = not a and b or c
x = a < b <= c is not d not in e in f is g
x = a | b ^ c & d << e >> f
x = a @ b // c % d / e
x = ~a + -b - +c
assert x, "msg"
x = [
    1,
    2,
]
x = 1 \
    + 2
def f(a, b): pass; x = 1
