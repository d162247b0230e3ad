# object's namespace, method descriptor reprs, __reduce_ex__/__getstate__ and copy.
import copy
print(dir(object))
print(list.append, int.__add__, object.__init__, type.__call__, dict.__dict__['fromkeys'])
print(object.__subclasshook__(), object().__sizeof__() > 0, format(object(), '') [:15])
class A: pass
print(A().__getstate__(), object.__init_subclass__(), A.__doc__, A().__doc__)
try: format(object(), 'x')
except TypeError as e: print(e)
print(type(list.append).__name__, type([].append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__, [].append.__qualname__)
print(repr((1).__add__).startswith("<method-wrapper '__add__' of int object at"))
print(repr(object.__new__).startswith('<built-in method __new__ of type object at'))
class B:
    def __init__(self): self.x = [1, 2]
b = B(); c = copy.deepcopy(b); print(c.x, c is b, c.x is b.x, copy.copy(b).x is b.x)
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1
t = copy.copy(s); print(t.p, hasattr(t, 'q'), s.__getstate__())
print(b.__reduce_ex__(2)[1:3], b.__reduce_ex__(2)[0].__name__)
class L(list): pass
l = L([1, 2]); l.k = 3; m = copy.deepcopy(l); print(m, m.k, type(m).__name__)
print(A() < A() if False else 'cmp', object.__lt__(1, 2), A().__class__ is A, A.__class__)
print("dict" in dict().__doc__, isinstance(type.__doc__, str))
