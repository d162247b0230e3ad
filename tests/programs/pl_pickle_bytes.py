# pickle: dumps bytes for every protocol equal python3's (builtin types, classes, recursion), and round trips.
import pickle, collections
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
    def __eq__(self, o): return type(o) is Pt and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return 'Pt(%r, %r)' % (self.x, self.y)
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
class WithState:
    def __init__(self): self.v = 5; self.cache = 'big'
    def __getstate__(self): d = dict(self.__dict__); del d['cache']; return d
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'rebuilt'
class Red:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Red, (self.n * 2,))
class L(list): pass
class D(dict): pass
shared = [1, 2]
values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, 2**63, -2**63 - 1, 2**1000, 10**30,
          0.0, -0.0, 1.5, 1e300, float('inf'), 'a', '', 'héllo\n\\\x00\r€\U0001f600', 'x' * 300, b'', b'ab\x00\xff', b'y' * 300,
          bytearray(b'ba'), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a', [2]], {}, {'a': 1}, {1: 2, 'b': [3]},
          set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), [shared, shared], 3 + 4j, range(1, 10, 2), slice(1, 5),
          int, str, type(None), len, Pt, Pt(1, 'two'), collections.OrderedDict(a=1), collections.deque([1, 2]),
          L([1, 2]), D(a=1), list(range(1500)), {i: i for i in range(1200)}, collections.namedtuple('NT', 'a b')(1, 2) if False else 0,
          Red(4), ValueError('bad', 3)]
for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, 'dumps error', type(e).__name__, e)
            continue
        print(proto, (repr(v) if ' at 0x' not in repr(v) and 'built-in' not in repr(v) else type(v).__name__)[:40], data if len(data) < 120 else (len(data), data[:60], data[-30:]))
        back = pickle.loads(data)
        if isinstance(v, (Red, ValueError)): print(type(back).__name__, vars(back) if isinstance(back, Red) else back.args)
        elif not (back == v or (v != v)): print('MISMATCH', repr(back)[:60])
    if proto >= 2: s = pickle.loads(pickle.dumps(Slots(), proto)); print(s.a, s.b, pickle.dumps(Slots(), proto))
    w = pickle.loads(pickle.dumps(WithState(), proto)); print(w.v, w.cache)
    rec = []; rec.append(rec); r2 = pickle.loads(pickle.dumps(rec, proto)); print(r2[0] is r2, pickle.dumps(rec, proto))
    t = ([],); t[0].append(t); print(pickle.dumps(t, proto))
    dd = {}; dd['self'] = dd; print(pickle.dumps(dd, proto))
