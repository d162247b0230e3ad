class A: pass
class B(A): pass
class D(dict): pass
class E(Exception): pass
class S:
    __slots__ = ('x',)
class S2(S): pass
class W:
    __slots__ = ('__weakref__',)
for c in (A, B, D, E, S, S2, W):
    print(c.__name__, sorted(c.__dict__.keys()))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
