import types
u = int | None
print(u, type(u), u.__args__, type(u) is types.UnionType)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(int | str == str | int, int | int, (int | str) | float, list[int] | None)
def f(x: int | None = None) -> str | None: pass
print(f.__annotations__)
class A: pass
print(A | None, hash(int | str) == hash(str | int))
try: int | 3
except TypeError as e: print(e)
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(type in object.__subclasses__(), bool in int.__subclasses__())
class OldAdd:
    def __add__(self, o): return "OLD"
class Bare: pass
class E(OldAdd): pass
e = E(); print(e + 1)
E.__bases__ = (Bare,)
try: e + 1
except TypeError as ex: print(ex)
print(E.__mro__, OldAdd.__subclasses__(), Bare.__subclasses__())
print(sorted(set(dir(type)) ^ set(['__abstractmethods__'])) [:3])
print(type.__dict__['__name__'], int.__name__, A.__module__, A.__qualname__, A.__mro__)
print(A.__annotations__, A.__dict__['__dict__'].__doc__)
class Ab:
    x: int
print(Ab.__annotations__)
