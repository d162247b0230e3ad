# ast.unparse output, and round trips: parse(unparse(parse(s))) dumps like parse(s).
import ast

CASES = r'''
x = 1
x = y = z
a, b = b, a
(a, b), c = d
x += 1
x: int = 5
(y): int
del a, b[1:2], c.d
assert x, 'm'
import a.b as c, d
from ...pkg import (x as y, z)
from . import m
global g, h
def f(a, /, b, c=1, *d, e, f=2, **g) -> 'r': pass
def g(*, a): return
async def h(): await x; yield; yield y; return (yield from z)
lambda: 0
lambda a, b=1, *c, d, **e: (a, b)
class A: pass
class B(A, metaclass=M, **kw):
    """Doc string."""
    x = 1
@d1
@d2.x(3)
def k(): 'doc\nwith newline'
for i in x: pass
else: pass
async def q():
    async for i in x: pass
    async with a as (b, c): pass
while 1: break
if a: pass
elif b: pass
elif c: pass
else: x
if a: pass
else:
    if b: pass
    x = 1
with a, b as c: pass
try: pass
except E as e: raise
except: raise X from Y
else: pass
finally: pass
try: pass
except* E: pass
x = a if b else c
x = (a if b else c) if d else e
x = a or b and not c
x = (a or b) and c
x = a + b * c - d / e ** f ** g
x = (a + b) * c
x = -x ** 2
x = (-x) ** 2
x = ~(a | b) & c ^ d
x = a < b < c
x = (a < b) < c
x = a is not b and c not in d
x = [1, 2, *a]
x = (1,)
x = ()
x = {1: 2, **d, 3: 4}
x = {1, 2}
x = {*()}
x = [i for i in x if i for j in y]
x = {k: v for k, v in z}
x = (i async for i in y)
x = f(a, *b, c=1, **d)
x = a.b.c[1][1:2, 3][::2]
x = a[1, 2]
x = a[(1, 2)]
x = a[()]
x = 3 .real
x = 1.5 .real
x = 'a' 'b'
x = "it's"
x = 'say "hi"'
x = '\'\"'
x = b'\x00\xff'
x = 1e400, -1e400, 1j, 1e400j
x = f'{a!r:>10} {b:{c}} {{}} {"q"}'
x = f'{x=}'
x = f"{'a' if b else 'c'}"
x = f"""{a}
b"""
x = f'{ {1: 2}[1] }'
x = (yield)
x = await y if False else 0
print(*a, sep='')
x = a if (b := c) else d
match x:
    case 1 | 2: pass
    case [a, *b]: pass
    case {'k': v, **r}: pass
    case C(a, b=c) if a: pass
    case (1 as a) | (2 as a): pass
    case None: pass
    case _: pass
nonlocal_ = 0
'''

print(ast.unparse(ast.parse(CASES)))
for line in CASES.split('\n'):
    if not line or line.startswith((' ', 'else', 'elif', 'except', 'finally', 'case')):
        continue
    try:
        tree = ast.parse(line)
    except SyntaxError:
        continue
    text = ast.unparse(tree)
    again = ast.parse(text)
    print(repr(text), ast.dump(again) == ast.dump(tree))

# unparse of hand-built nodes
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Add(), ast.BinOp(ast.Name('b'), ast.Mult(), ast.Name('c')))))
print(ast.unparse(ast.Constant(value=(1, 2.5, 'x'))))
print(ast.unparse(ast.Constant(value=float('nan'))))
print(ast.unparse(ast.Constant(value='x', kind='u')))
print(ast.unparse(ast.Set(elts=[])))
print(ast.unparse(ast.FormattedValue(ast.Name('x'), -1, None)))
print(ast.unparse(ast.parse('(int, str) -> bool', mode='func_type')))
try:
    ast.unparse(ast.Raise(exc=None, cause=ast.Name('x')))
except ValueError as e:
    print(e)
