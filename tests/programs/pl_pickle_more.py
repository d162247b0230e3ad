# pickle: more types (Ellipsis, enums, nested classes, subclasses of builtins, collections, methods, descriptors) and unpicklable ones.
import pickle, collections, enum, fractions, datetime, functools, os, sys
class Color(enum.Enum):
    RED = 1
class Flag(enum.IntFlag):
    A = 1
    B = 2
class Outer:
    class Inner:
        pass
    def meth(self): return 1
class IS(int): pass
class SS(str):
    def __new__(cls, v): o = str.__new__(cls, v); o.extra = 1; return o
class BS(bytes): pass
NT = collections.namedtuple('NT', 'a b')
vals = [..., NotImplemented, type(...), type(NotImplemented), Color.RED, Flag.A, Outer.Inner, Outer.Inner(), IS(5), SS('s'),
        NT(1, 2), collections.defaultdict(list, {1: [2]}), collections.Counter('aab'), collections.deque([1], maxlen=3),
        fractions.Fraction(1, 3), datetime.timedelta(days=1, seconds=2),
        functools.partial(max, 1, key=None), os.path.join, Outer().meth, Outer.meth, sys, memoryview(b'x'), [].append, str.upper,
        object(), float('nan'), True, (1, [2]), {frozenset([1]): 'x'}, range(5), slice(None), b'x' * 70000]
for proto in range(6):
    for v in vals:
        try:
            d = pickle.dumps(v, proto)
            b = pickle.loads(d)
            print(proto, type(v).__name__, d if len(d) < 200 else len(d), type(b).__name__, b == v if not isinstance(v, (float, object.__class__)) else '')
        except Exception as e:
            print(proto, type(v).__name__, 'ERR', type(e).__name__, str(e).split(' at 0x')[0])
