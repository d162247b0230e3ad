# sys.getsizeof and __sizeof__ report CPython 3.11's sizes for the built-in types.
import sys
x = 1
values = [0, 1, -1, 2**30, 2**60, 2**90, True, False, 1.5, 1j, None, '', 'a', 'abc', 'é',
          'éa', '€', '😀', '😀a', b'', b'abc', bytearray(), bytearray(b'abc'), (), (1,),
          (1, 2, 3), [], [x, x, x], [0] * 10, {}, {1: 2}, {i: i for i in range(10)}, set(),
          {1, 2}, frozenset(), range(3), slice(1, 2), object(), len, ...]
print([sys.getsizeof(v) for v in values])
grow = []
sizes = []
for i in range(40):
    sizes.append(sys.getsizeof(grow))
    grow.append(i)
print(sizes)
print(sys.getsizeof([i for i in range(10)]))
d = {}
sizes = []
for i in range(30):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sizes)
s = set()
sizes = []
for i in range(30):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sizes)
print(sys.getsizeof(dict(a=1)), sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof(dict.fromkeys(range(10))))
class A:
    pass
class S:
    __slots__ = ('a', 'b')
class Z:
    def __sizeof__(self):
        return 100
class Bad:
    def __sizeof__(self):
        return -1
class Weird:
    def __sizeof__(self):
        return "big"
def f():
    pass
print(sys.getsizeof(A()), sys.getsizeof(S()), sys.getsizeof(Z()), sys.getsizeof(f), sys.getsizeof(iter([])), sys.getsizeof(sys))
print([].__sizeof__(), (1,).__sizeof__(), 'a'.__sizeof__(), (5).__sizeof__(), {}.__sizeof__(), A().__sizeof__(), object().__sizeof__())
for obj in (Bad(), Weird()):
    try:
        sys.getsizeof(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(1, 5), sys.getsizeof('x', None))
