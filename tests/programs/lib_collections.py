from collections import deque, OrderedDict, defaultdict, namedtuple, Counter, ChainMap
import collections
d = deque([1, 2], maxlen=3); d.append(3); d.append(4); print(d, d[0], d[-1], len(d))
d.appendleft(0); print(d); d.rotate(1); print(d); d.rotate(-2); print(d)
d.extendleft([7, 8]); print(d, d.popleft(), d.pop(), d)
print(deque(), deque('abc'), list(reversed(deque('abc'))))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
dd = defaultdict(list); dd['x'].append(1); print(dd, dd['y'], dict(dd))
dd2 = defaultdict(int); dd2['a'] += 2; print(dd2, defaultdict(None, {1: 2}))
P = namedtuple('P', 'x y', defaults=[5]); p = P(1); print(p, p._replace(x=3), p._asdict(), P._fields, P._make([7, 8]), p.x, p.y)
print(P(x=1, y=2) == (1, 2), P.__name__, p._field_defaults, isinstance(p, tuple))
a, b = p; print(a, b)
c = Counter('abracadabra'); print(c, c.most_common(2), sorted(c.elements())[:4])
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c | c2, c & c2, -Counter(a=-2))
c.update('zz'); c.subtract({'a': 10}); print(c, c['nope'], c.total())
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child({'z': 0}))
import collections.abc as abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(3, abc.Hashable), isinstance([], abc.Hashable), isinstance(iter([]), abc.Iterator), issubclass(dict, abc.MutableMapping), isinstance(len, abc.Callable), isinstance('x', abc.Iterable))
dq = deque('abcd')
print(type(iter(dq)).__name__, list(type(iter(dq))(dq, 2)), list(reversed(dq)))
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print(e)
