import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    def describe(self):
        return f"{self.name}: {self.area()}"

for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(sorted(Shape.__abstractmethods__))

class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)

class Square(Half):
    def perimeter(self): return 4
    name = "square"
    @classmethod
    def make(cls): return cls()
s = Square.make()
print(s.describe(), Square.__abstractmethods__, isinstance(s, Shape), issubclass(Square, Shape))

class Iface(metaclass=ABCMeta):
    @abstractmethod
    def run(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iface and any("run" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Runner:
    def run(self): pass
class Other: pass
print(issubclass(Runner, Iface), isinstance(Runner(), Iface), issubclass(Other, Iface))

class Registered: pass
Iface.register(Registered)
print(issubclass(Registered, Iface), isinstance(Registered(), Iface))
class SubRegistered(Registered): pass
print(issubclass(SubRegistered, Iface), Iface.register(int) is int, isinstance(3, Iface))
token = abc.get_cache_token()
class Late: pass
Iface.register(Late)
print(abc.get_cache_token() > token, isinstance(Late(), Iface))
try:
    Iface.register(3)
except TypeError as e:
    print("TypeError", e)

class A(ABC):
    @abstractmethod
    def f(self): ...
class B(A):
    pass
B.f = lambda self: 1
abc.update_abstractmethods(B)
print(B().f(), type(A), type(ABC), isinstance(A, ABCMeta))
class C(abc.ABC):
    @abc.abstractstaticmethod
    def s(): ...
try:
    C()
except TypeError as e:
    print("TypeError", e)
import collections.abc
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), issubclass(dict, collections.abc.MutableMapping))
