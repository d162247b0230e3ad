# array.array: construction, conversions, sequence protocol, errors.
from array import array, typecodes, ArrayType
import array as array_mod


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(typecodes, ArrayType is array)
for tc in typecodes:
    a = array(tc) if tc != 'u' else array('u', 'hé€😀')
    print(tc, a.itemsize, a.typecode, len(a), repr(a))

for tc in 'bBhHiIlLqQ':
    for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536,
              2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -2**63, -2**63 - 1, 2**100]:
        try:
            r = array(tc, [v])[0]
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(tc, v, r)
for tc in 'fd':
    print(array(tc, [1, 2.5, 1e300, -0.0, float('inf'), True]))
    t(lambda: array(tc, ['a']))
    t(lambda: array(tc, [None]))
t(lambda: array('i', [1.5]))
t(lambda: array('i', ['1']))
t(lambda: array('u', [1]))
t(lambda: array('u', ['ab']))

# constructor errors
t(lambda: array())
t(lambda: array('i', [], 3))
t(lambda: array(3))
t(lambda: array('ii'))
t(lambda: array('x'))
t(lambda: array('i', x=3))
t(lambda: array('i', 3))
t(lambda: array('i', 'ab'))
t(lambda: array('i', array('u', 'ab')))
t(lambda: array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
t(lambda: array('h', bytearray(b'\x01\x00')))
t(lambda: array('i', memoryview(b'ab')))
t(lambda: array('d', array('i', [1, 2])))
t(lambda: array('b', range(5)))
t(lambda: array('b', (x for x in [1, 2])))

a = array('i', range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-2], a[5:2], len(a))
t(lambda: a[10])
t(lambda: a['x'])
a[0] = 100
a[-1] = -5
print(a)
a[1:3] = array('i', [7, 8, 9, 10])
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
t(lambda: a.__setitem__(slice(0, 2), [1, 2]))
t(lambda: a.__setitem__(slice(0, 2), array('h', [1, 2])))
t(lambda: a.__setitem__(slice(0, 6, 2), array('i', [1])))
t(lambda: a.__setitem__(50, 1))
t(lambda: a.__setitem__(0, 2**40))
del a[0]
del a[::3]
del a[1:3]
print(a)
t(lambda: a.__delitem__(50))

b = array('h', [1, 2, 3])
print(b + array('h', [4]), b * 2, 2 * b, b * 0, b * -1)
t(lambda: b + [1])
t(lambda: b + array('i'))
t(lambda: b * 'a')
b += array('h', [9])
b *= 2
print(b)
t(lambda: b.__iadd__([1]))
t(lambda: b.__iadd__(array('b')))
print(1 in b, 5 in b, b.count(9), b.index(9), b.index(9, 4))
t(lambda: b.index(42))
t(lambda: b.remove(42))
b.remove(9)
print(b, b.pop(), b.pop(0), b)
t(lambda: array('i').pop())
t(lambda: b.pop(40))
b.insert(0, 50)
b.insert(-1, 60)
b.insert(100, 70)
b.append(80)
b.extend([1, 2])
b.extend(array('h', [3]))
t(lambda: b.extend(array('i', [3])))
t(lambda: b.extend(3))
b.reverse()
print(b, b.tolist())
b.fromlist([4, 5])
t(lambda: b.fromlist((1,)))
t(lambda: b.fromlist([1, 'x']))
print(b)

c = array('i', [1, 256, -2])
raw = c.tobytes()
print(raw, len(raw))
c.byteswap()
print(c)
c.byteswap()
d = array('i')
d.frombytes(raw)
print(d == c, d)
t(lambda: d.frombytes(b'abc'))
t(lambda: d.frombytes('abc'))
t(lambda: array('b').frombytes(array('i', [1])))
print(array('b', b'xyz').tobytes())

u = array('u', 'abc')
u.fromunicode('déf')
print(u, u.tounicode(), u[1], u.tolist())
t(lambda: array('i').fromunicode('x'))
t(lambda: u.fromunicode(3))
t(lambda: array('i').tounicode())

# comparisons
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1]),
      array('b', [1]) > array('b'), array('i', [1]) >= array('i', [1]))
print(array('i', [1]) == [1], array('i', [1]) != [1])
nan = float('nan')
print(array('d', [nan]) == array('d', [nan]))
# (CPython names the type 'array.array' in these messages; minipy says 'array')
for f in [lambda: array('i') < [1], lambda: hash(array('i'))]:
    try:
        f()
    except TypeError:
        print('TypeError')

# iteration sees later changes
e = array('b', [1, 2, 3])
it = iter(e)
print(next(it), type(it).__name__)
e.append(4)
print(list(it), list(e), sum(e), sorted(array('d', [3, 1, 2])))

# copies
import copy
f = array('d', [1.5, 2.5])
g = copy.copy(f)
h = copy.deepcopy(f)
g[0] = 0
print(f, g, h, f.__reduce_ex__(2))


class Sub(array):
    pass


s = Sub('i', [1, 2])
s.attr = 5
print(repr(s), type(s[:]).__name__, type(s + s).__name__, type(s * 2).__name__, s.attr, isinstance(s, array))
print(type(copy.copy(s)).__name__, array_mod.array.__module__, array.__name__)
info = array('i', [1, 2, 3]).buffer_info()
print(isinstance(info[0], int), info[1])
