# types.coroutine on generator functions: __code__ assignment and code.replace.
import types

@types.coroutine
def ticks(n):
    for i in range(n):
        got = yield ('tick', i)
        print('resumed with', got)
    return 'ticked %d' % n

print(bool(ticks.__code__.co_flags & 0x100), ticks.__name__)
g = ticks(1)
print(type(g).__name__, bool(g.gi_code.co_flags & 0x100))
g.close()

async def main():
    r = await ticks(2)
    print('await gave', r)
    return r

c = main()
v = c.send(None)
while True:
    print('yielded', v)
    try:
        v = c.send(v[1] * 10)
    except StopIteration as e:
        print('done', e.value)
        break

# Already a coroutine function: returned unchanged.
async def native():
    return 1
print(types.coroutine(native) is native)
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError', e)

# A callable that returns a generator gets wrapped so the result can be awaited.
class Maker:
    def __call__(self):
        return ticks.__wrapped__() if hasattr(ticks, '__wrapped__') else plain()

def plain():
    x = yield 'p'
    return x

wrapped = types.coroutine(Maker())
w = wrapped()
print(type(w).__name__, hasattr(w, '__await__'), w.gi_code.co_name, w.cr_code.co_name)
async def use():
    return await wrapped()
c = use()
print(c.send(None))
try:
    c.send('sent')
except StopIteration as e:
    print('wrapped result', e.value)

# function.__code__ assignment
def f(a, b=2):
    return a + b
def h(a, b=3):
    return a * b
f.__code__ = h.__code__
print(f(5), f.__name__, f.__code__.co_name)
def outer():
    y = 7
    def inner():
        return y
    return inner
inner = outer()
for bad in (5, None):
    try:
        f.__code__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    f.__code__ = inner.__code__
except ValueError as e:
    print('ValueError', e)
try:
    inner.__code__ = h.__code__
except ValueError as e:
    print('ValueError', e)
try:
    del f.__code__
except TypeError as e:
    print('TypeError', e)

# code.replace
co = h.__code__
c2 = co.replace(co_name='renamed', co_qualname='Q.renamed', co_firstlineno=99, co_filename='other.py')
print(c2.co_name, c2.co_qualname, c2.co_firstlineno, c2.co_filename, c2.co_varnames, c2.co_argcount)
print(co.co_name, co.co_firstlineno)
c3 = co.replace(co_consts=co.co_consts, co_names=co.co_names, co_varnames=('x', 'y'))
print(c3.co_varnames, c3.co_nlocals)
h.__code__ = c3
print(h(4), h(4, 5))
import inspect
print(inspect.signature(h))
for kw in [dict(foo=1), dict(co_flags='x'), dict(co_varnames=(1, 2)), dict(co_varnames=('a',)),
           dict(co_names=[1]), dict(co_name=3), dict(co_argcount=-1), dict(co_argcount=5),
           dict(co_nlocals=7), dict(co_kwonlyargcount=3), dict(co_filename=b'x')]:
    try:
        co.replace(**kw)
        print(kw, 'ok')
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print('TypeError', e)
