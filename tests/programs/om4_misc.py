import sys
print(sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__)
print(type(...)() is ..., type(None)() is None, type(NotImplemented)() is NotImplemented)
print((...).__reduce__(), NotImplemented.__reduce__())
for f in (lambda: type(...)(1), lambda: type(...).__new__(int)):
    try: f()
    except TypeError as e: print(e)
print(sys.stdout.buffer is sys.stdout.buffer)
class C:
    @staticmethod
    def __sub__(rhs): return ('sub', rhs)
    @classmethod
    def __add__(cls, rhs): return ('add', cls.__name__, rhs)
    @staticmethod
    def __getitem__(i): return ('get', i)
c = C()
print(c - 1, c + 2, c[3])
def f(): return a
g = type(f)(f.__code__, {'a': 5}, 'g')
print(g(), g.__name__)
try: type(f)(None, {})
except TypeError as e: print(e)
class NI(type):
    def __instancecheck__(cls, o): return False
class X(metaclass=NI): pass
print(isinstance(X(), X), isinstance(1, X))
r = []; t = (r,); r.append(t); print(repr(t))
class H:
    def __init__(s, o): s.o = o
    def __repr__(s): return repr(s.o)
    def __hash__(s): return 1
s = set(); s.add(H(s)); print(repr(s))
try: hash({}.keys())
except TypeError as e: print(e)
print(type(hash({}.values())))
class O: pass
o = O(); o.__dict__ = {'a': 1}; print(o.a); del o.__dict__; print(o.__dict__)
try: property().__get__(1, int)
except AttributeError as e: print(e)
