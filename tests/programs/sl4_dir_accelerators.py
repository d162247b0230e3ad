import _functools, _collections, _bisect, _heapq, _struct, _abc, _string, _collections_abc
import collections.abc
for m in (_functools, _collections, _bisect, _heapq, _struct, _abc, _string):
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_')))
print(_collections_abc.Mapping is collections.abc.Mapping)
print(list(_string.formatter_parser('a{0.x[1]!r:>{w}}b{}c{{')))
f, rest = _string.formatter_field_name_split('0.x[1][k]')
print(repr(f), list(rest))
h = []
_heapq.heappush(h, 3); _heapq.heappush(h, 1)
print(h, _bisect.bisect_left([1, 2, 3], 2), _struct.pack('<h', 5), _functools.reduce(lambda a, b: a + b, [1, 2, 3]))
print(_collections.deque([1, 2], maxlen=2), type(_abc.get_cache_token()).__name__)
