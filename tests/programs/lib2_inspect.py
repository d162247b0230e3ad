import inspect, functools
from typing import List, Optional

def f(a, b: int, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Docstring here.

        Indented more.
    Back.
    """
    return True

def g(x, y=2, /, z=3, *, w):
    pass

sig = inspect.signature(f)
print(sig)
print(repr(sig))
print(inspect.signature(g))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default is p.empty, p.annotation, repr(p), str(p.kind))
print(sig.return_annotation, list(sig.parameters))
ba = sig.bind(1, 2, 3, 4, d=5, z=6)
print(ba, ba.args, ba.kwargs)
ba = sig.bind_partial(1)
ba.apply_defaults()
print(ba.arguments)
for call in [lambda: sig.bind(1), lambda: sig.bind(1, 2, d=1, a=3), lambda: inspect.signature(g).bind(1, 2, 3, 4, w=1), lambda: inspect.signature(g).bind(x=1, w=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

class C:
    def __init__(self, x, y: List[int] = None):
        pass
    def meth(self, q, *, r=1):
        pass
    @classmethod
    def cm(cls, a):
        pass
    @staticmethod
    def sm(b, c=2):
        pass
    def __call__(self, n):
        pass
print(inspect.signature(C), inspect.signature(C.meth), inspect.signature(C(1).meth), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C(1)))
print(inspect.signature(functools.partial(f, 1, 2)))
print(inspect.signature(lambda x, *y: 0))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def wrapped(p, q=1): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(lambda: None), inspect.signature(lambda *, k: 0))
def opt(a: Optional[int] = None, b: "str" = 'x') -> List[int]: pass
print(inspect.signature(opt))
print(inspect.getdoc(f))
print(repr(inspect.cleandoc("  first\n    second\n      third\n")))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(C), inspect.ismethod(C(1).meth), inspect.ismethod(C.meth))
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen), inspect.isgeneratorfunction(f))
c = coro(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.isroutine(f), inspect.isroutine(len), inspect.ismodule(inspect), inspect.iscode(f.__code__))
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
print(inspect.isabstract(AB), inspect.isabstract(C))
class M:
    a = 1
    def b(self): pass
print([n for n, v in inspect.getmembers(M) if not n.startswith('__')], [n for n, v in inspect.getmembers(M, inspect.isfunction)])
print(inspect.getmodule(f).__name__, inspect.getmodule(C).__name__)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(f, 1, 2, d=4))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.getmro(C))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=5))
print(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY)], return_annotation=int))
print(inspect.formatannotation(List[int]), inspect.formatannotation(int))
