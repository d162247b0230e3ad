# ast.parse + ast.dump over a wide sample of syntax, with positions.
import ast

SOURCES = [
    '''"""Module doc."""
import os, sys as s
from .. import a
from x.y import (b, c as d)
from . import *
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    "fdoc"
    global g
    nonlocal_ = 1
    x = y = a + b * c ** -d
    x += 1
    z: int = 3
    (w): str
    return [i for i in range(10) if i % 2 if i]
''',
    '''async def g():
    async with a as b, c:
        await x
    async for i in y:
        yield i
    return {k: v async for k, v in z}

@dec
@dec2(1)
class C(B, metaclass=M):
    x: int
    def m(self): pass
''',
    '''try:
    pass
except (A, B) as e:
    raise X from e
except Exception:
    raise
else:
    pass
finally:
    del a, b[1], c.d
try:
    f()
except* ValueError as eg:
    pass
while not a and b or c:
    break
else:
    continue
if a: pass
elif b: pass
else: pass
with open(f) as g, h: pass
''',
    '''lambda x, *, y=1: x
f"a{b!r:>{c}} {d=} {e:{f}.{g}}"
x = {1: 2, **y}, {1, 2}, set(), (1,), (), [*a, *b]
a[1:2, ::3], a[...], a[i], a[i, j], a[:]
assert x, "msg"
print(-1, 1e400, -(2**3), (a := 5), 3 .real, b'x\\n', 'it\\'s', "\\u1234", 1j, 0xff, 1_000)
x = yield
y = yield from z
q = a if b else c
not x; ~x; +x; -x
a < b <= c != d is not e not in f in g is h
a @ b // c % d << e >> f | g ^ h & i
''',
    '''match p:
    case [1, 2, *rest]: pass
    case {"a": 1, **kw}: pass
    case Point(x=0, y=0) | None: pass
    case (a as b) if b > 0: pass
    case [a, *_]: pass
    case -1 | 1+2j | "s" | b"b" | True | False: pass
    case C(1, 2, k=v): pass
    case x.y.z: pass
    case _: pass
''',
    'x = "é" + f"ü{yé}"  # utf-8 columns\n',
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, indent=2, annotate_fields=False)[:2000])

print(ast.dump(ast.parse("x+1", mode="eval"), annotate_fields=False))
print(ast.dump(ast.parse("x = 1", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(compile("a.b(c)", "<s>", "eval", ast.PyCF_ONLY_AST), indent='..'))
print(ast.dump(ast.Name('x')), ast.dump(ast.Constant(1)), ast.dump(ast.Constant(None, kind='u')))
print(ast.dump(ast.FunctionDef(name='f', body=[])))
try:
    ast.parse("x = ")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    ast.dump(1)
except TypeError as e:
    print(e)
# the u prefix is kept as Constant.kind
print(ast.dump(ast.parse("x = u'a' 'b', 'c', U\"d\", b'e'")))
print(ast.unparse(ast.parse("u'x'")))
print(ast.dump(ast.parse(b"# coding: latin-1\nx = '\xe9'\n")))
