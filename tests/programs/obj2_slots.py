class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, P.x, type(P.x).__name__, P.__slots__)
try: p.y
except AttributeError as e: print(e)
try: p.z = 3
except AttributeError as e: print(e)
try: p.__dict__
except AttributeError as e: print(e)
p.y = 5; print(p.y); del p.y
try: del p.y
except AttributeError as e: print(e)
class Q(P): pass
q = Q(2); q.z = 3; print(q.z, q.x)
class R(P):
    __slots__ = '__dict__', 'w'
r = R(3); r.k = 1; r.w = 2; print(r.k, r.w, r.x)
class S:
    __slots__ = ['__priv']
    def set(self): self.__priv = 1; return self.__priv
print(S().set(), S.__dict__.get('_S__priv'))
try:
    class T:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print(e)
try:
    class U: __slots__ = ('1a',)
except TypeError as e: print(e)
class V:
    __slots__ = ()
try: V().a = 1
except AttributeError as e: print(e)
class W:
    __slots__ = 'x'
    y = 2
w = W()
try: w.y = 3
except AttributeError as e: print(e)
print(hasattr(w, '__dict__'), hasattr(q, '__dict__'))
try: vars(w)
except TypeError as e: print(e)
P.x.__set__(p, 10); print(P.x.__get__(p, P), P.x.__name__, P.x.__objclass__)
class Pt(tuple):
    __slots__ = ()
print(Pt((1,2)), hasattr(Pt((1,)), '__dict__'))
