x = 10
def g():
    global x
    x += 1
g(); print(x)
def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in make_adders()])
def kw(a, /, b, *, c=3, **rest):
    return (a, b, c, rest)
print(kw(1, 2), kw(1, b=2, c=4, d=5))
def star(*args, **kwargs):
    return args, kwargs
print(star(*[1, 2], *(3,), **{"x": 1}, y=2))
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
first, *middle, last = range(6)
print(first, middle, last)
l = list(range(10))
l[2:5] = ["a"]
del l[0]
print(l, l[-3:], l[::3])
l2 = [[0] * 2] * 2
l2[0][0] = 1
print(l2)
d = {}
d.setdefault("k", []).append(1)
d.update(z=26, y=25)
print(d, d.pop("z"), "y" in d, len(d), sorted(d))
s = {3, 1, 2}
s.add(5); s.discard(1)
print(s, s | {9}, s & {2, 3}, s - {2}, {1, 2} ^ {2, 3}, {1} < {1, 2}, frozenset([1, 2]))
print(any(x > 5 for x in [1, 7]), all([]), list(range(10, 0, -3)), range(5)[2], 3 in range(5))
t = (1, 2, 3)
print(t.index(2), t.count(1), t + (4,), t * 2, t[1:], tuple([5, 6]))
n = None
print(n is None, n is not None, not n, type(n).__name__, 1 if n else 2)
i = 0
while True:
    i += 1
    if i > 5:
        break
else:
    print("never")
for j in range(3):
    pass
else:
    print("for-else", j)
print(isinstance(3, (str, int)), type(3) is int, id(1) == id(1))
print(callable(len), callable(3), getattr([], "append").__name__)
m = {k: v for k, v in zip("abc", range(3)) if v}
print(m, dict(a=1), dict([("x", 1)]), list({"q": 1}))
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix])
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(map(str, [1, 2])), min("x", "y", key=ord), max([], default=0))
print(abs(-3.5), hash("a") == hash("a"), (1, 2) < (1, 3), [1, 2] == [1, 2], "a" in "cat")
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(30))
print(chr(0x1F600) == "\U0001F600", len("\U0001F600"))
x = 5
x **= 2; x //= 3; x -= 1; x *= 4; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 0xff; x >>= 1
print(x)
print(eval if False else "no eval", __name__)
