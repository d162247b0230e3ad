import collections.abc as cabc, abc
print(type(cabc.Mapping), isinstance(cabc.Mapping, abc.ABCMeta), sorted(cabc.Mapping.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__), sorted(cabc.Generator.__abstractmethods__))
class M(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({'a': 1})
print(m['a'], 'a' in m, list(m.items()), m.get('b', 0), m == {'a': 1}, dict(m))
class Bad(cabc.Mapping):
    def __getitem__(self, k): return 1
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
class S(cabc.MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
s = S(); s.append(1); s.extend([2, 3]); s.reverse(); print(list(s), s.pop(), s.index(2), len(s))
class G(cabc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, *a):
        raise StopIteration
g = G(); print(list(g), isinstance(g, cabc.Iterator))
g2 = G(); next(g2); g2.close(); print("closed")
try:
    cabc.Sized()
except TypeError as e:
    print("TypeError", e)
class MS(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MS([1, 2]); ms |= {3}; print(sorted(ms), sorted(ms & {1, 3}), ms <= {1, 2, 3})
print(isinstance([], cabc.Sequence), isinstance({}, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), issubclass(int, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable))
class H(cabc.Hashable): pass
try:
    H()
except TypeError as e:
    print("TypeError", e)
