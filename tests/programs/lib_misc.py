import io, heapq, bisect, operator, copy, functools, string, errno, keyword, reprlib
print(errno.ENOENT, errno.errorcode[2], len(errno.errorcode), keyword.iskeyword('if'), keyword.softkwlist)
s = io.StringIO('a\nb\nc'); print(s.readline(), s.readlines(), s.tell(), s.read())
s.seek(0); print(list(s)); s.write('ZZ'); print(repr(s.getvalue()))
with io.StringIO() as f: f.write('hi'); print(f.getvalue())
print(f.closed)
b = io.BytesIO(b'xy\nz'); print(b.read(1), b.readline(), b.read(), b.tell()); b.write(b'123'); print(b.getvalue())
h = [5, 1, 4, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, [3,1,4,1,5]), heapq.nsmallest(2, [3,1,4]), list(heapq.merge([1,4],[2,3])))
a = [1, 2, 4]; bisect.insort(a, 3); print(a, bisect.bisect_left(a, 2), bisect.bisect(a, 2))
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'), operator.add(1, 2), operator.itemgetter(1), operator.methodcaller('f', 1, k=2))
class C:
    def __init__(self): self.l = [1, [2]]
c = C(); d = copy.deepcopy(c); print(d.l, d.l is c.l, d.l[1] is c.l[1], copy.copy(c).l is c.l)
x = [1]; y = [x, x]; z = copy.deepcopy(y); print(z[0] is z[1])
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(int, base=2)('101'), functools.partial(max, 1))
@functools.lru_cache(maxsize=2)
def f(n): return n * 2
f(1); f(1); f(2); f(3); print(f.cache_info()); f.cache_clear(); print(f.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.__name__)
def deco(g):
    @functools.wraps(g)
    def w(*a): return g(*a)
    return w
@deco
def hello(): "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(1) >= V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x): return 'obj'
@show.register(int)
def _(x): return 'int'
@show.register
def _(x: str): return 'str'
print(show(1), show('a'), show(1.5), show(True))
print(string.capwords(' hello  world '), string.Template('$a and ${b}$$').substitute(a=1, b=2), string.Template('$x $y').safe_substitute(x=1))
print(string.Formatter().format('{0}-{x!r:>5}', 1, x='y'), string.ascii_letters, repr(string.whitespace))
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
