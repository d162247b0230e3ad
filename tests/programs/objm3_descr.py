# __get__ of functions/classmethod/staticmethod, types.MethodType, method equality and
# hashing, generic aliases, super() in metaclass methods.
import types
def f(self, x=1):
    return (self, x)
class C:
    def m(self): return 'm'
c = C()
for label, fn in [
    ("func.__get__", lambda: f.__get__(c)(2)[1]),
    ("func.__get__ None", lambda: f.__get__(None, C) is f),
    ("func.__get__ type", lambda: type(f.__get__(c)).__name__),
    ("cm.__get__", lambda: classmethod(f).__get__(None, C)()[0] is C),
    ("cm.__get__ obj", lambda: classmethod(f).__get__(c)()[0] is C),
    ("sm.__get__", lambda: staticmethod(f).__get__(c) is f),
    ("sm.__get__ 2", lambda: staticmethod(f).__get__(None, C) is f),
    ("MethodType", lambda: types.MethodType(f, c)()[0] is c),
    ("MethodType repr", lambda: repr(types.MethodType(f, 5))),
    ("MethodType self", lambda: types.MethodType(f, c).__self__ is c),
    ("append eq", lambda: [].append == [].append),
    ("append eq same", lambda: (lambda l: l.append == l.append)([])),
    ("append is", lambda: (lambda l: l.append is l.append)([])),
    ("bound eq", lambda: c.m == c.m),
    ("bound eq other", lambda: c.m == C().m),
    ("bound hash", lambda: hash(c.m) == hash(c.m)),
    ("builtin hash", lambda: (lambda l: hash(l.append) == hash(l.append))([])),
    ("EG getitem", lambda: ExceptionGroup[int]),
    ("BEG getitem", lambda: BaseExceptionGroup[ValueError]),
]:
    try:
        print(label, repr(fn()), flush=True)
    except Exception as e:
        print(label, "EXC", type(e).__name__, e, flush=True)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.made_by = 'Meta'
        return obj
    def describe(cls):
        return super().__repr__()
class K(metaclass=Meta):
    def __init__(self, v): self.v = v
k = K(3)
print(K.tag, k.v, k.made_by, K.describe())
print(types.MethodType.__name__, types.FunctionType.__get__ is not None)
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int], list[types.ModuleType])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int]("ab"), type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class L(list[int]):
    pass
print(L.__bases__, L([1]))
for bad in (lambda: int[str], lambda: isinstance([], list[int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(types.GenericAlias(list, int), ExceptionGroup[int].__origin__ is ExceptionGroup)
class P:
    @property
    def x(self): return 1
    @x.setter
    def x(self, v): self.seen = v
p = P()
P.x.__set__(p, 5)
print(p.seen, P.x.__isabstractmethod__, staticmethod(len).__wrapped__ is len, staticmethod(len)([1, 2]))
print(type(None).__bool__(None), range(0).__bool__(), list(range(3).__reversed__()))
print(type(Exception.args).__name__, (lambda: 0).__call__(), len.__call__([1]))
print(f.__code__.co_lnotab.__class__.__name__, [x[2] for x in f.__code__.co_lines()][-1])
print(type.__prepare__("x", ()), int.__prepare__())
print(isinstance(type, (int, object)), type.__mro__)
