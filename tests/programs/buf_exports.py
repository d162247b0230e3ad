# Export counting: an exporter cannot be resized while a memoryview is on it.
from array import array


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = bytearray(b'abc')
m = memoryview(b)
t(lambda: b.append(1))
t(lambda: b.extend(b'x'))
t(lambda: b.pop())
t(lambda: b.insert(0, 1))
t(lambda: b.remove(97))
t(lambda: b.__iadd__(b'x'))
t(lambda: b.__imul__(2))
t(lambda: b.__setitem__(slice(0, 1), b'xy'))
t(lambda: b.__delitem__(0))
t(lambda: b.__delitem__(slice(0, 2)))
t(lambda: b.__setitem__(slice(0, 1), b'z'))
t(lambda: b.__iadd__(b''))
t(lambda: b.__imul__(1))
b[1] = 66
print(b, m.tobytes())
m2 = m[1:]
m.release()
t(lambda: b.append(1))
m2.release()
b.append(100)
print(b)
with memoryview(b) as v:
    t(lambda: b.clear())
b.clear()
print(b)
b2 = bytearray(b'12')
v = memoryview(b2)
del v
b2.append(51)
print(b2)

a = array('i', [1, 2])
ma = memoryview(a)
t(lambda: a.append(3))
t(lambda: a.extend([3]))
t(lambda: a.pop())
t(lambda: a.insert(0, 1))
t(lambda: a.remove(1))
t(lambda: a.frombytes(ma))
t(lambda: a.fromlist([1]))
t(lambda: a.__iadd__(array('i', [1])))
t(lambda: a.__imul__(3))
t(lambda: a.__delitem__(0))
t(lambda: a.__setitem__(slice(0, 1), array('i')))
t(lambda: a.__iadd__(array('i')))
t(lambda: a.__imul__(1))
a.reverse()
a.byteswap()
a.byteswap()
print(a, ma.tolist())
ma.release()
a.append(3)
print(a)
