import functools
from functools import singledispatch, lru_cache, cached_property, partialmethod, partial, wraps, reduce, cmp_to_key, total_ordering, cache, singledispatchmethod

@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
@show.register(float)
@show.register(complex)
def _(x):
    return f"number {x}"
print(show(1), show("s"), show([1, 2]), show(1.5), show(2j), show(True))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))

@lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def c(x): return x
c(1); c(1)
print(c.cache_info())
@lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())

class Data:
    def __init__(self):
        self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1
        return 42
d = Data()
print(d.value, d.value, d.calls, 'value' in d.__dict__)
del d.value
print(d.value, d.calls)

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cell = Cell()
cell.set_alive()
print(cell._alive)
cell.set_dead()
print(cell._alive)

p = partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)).replace(repr(max), 'MAX'))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class Disp:
    @singledispatchmethod
    def f(self, arg):
        return "default"
    @f.register
    def _(self, arg: int):
        return "int"
print(Disp().f(1), Disp().f("x"))
def deco(fn):
    @wraps(fn)
    def inner(*a): return fn(*a)
    return inner
@deco
def named(a):
    "doc"
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
