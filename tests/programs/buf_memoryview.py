# memoryview over bytes, bytearray and array: formats, typed items, casts, release.
from array import array


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for tc in 'bBhHiIlLqQfd':
    m = memoryview(array(tc, [1, 2, 3]))
    print(tc, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.readonly, m.tolist(), list(m), m[1], m[-1])
mu = memoryview(array('u', 'ab'))
print(mu.format, mu.itemsize, mu.nbytes)
t(lambda: mu.tolist())
t(lambda: mu[0])

a = array('i', [1, -2, 3])
m = memoryview(a)
m[0] = 10
m[1:3] = array('i', [20, 30])
print(a, m.obj is a, m.c_contiguous, m.f_contiguous, m.contiguous, m.suboffsets)
t(lambda: m.__setitem__(0, 2**40))
t(lambda: m.__setitem__(0, 'x'))
t(lambda: m.__setitem__(slice(0, 1), b'abcd'))
print(m[::2].tolist(), m[::-1].tolist(), m[::-1].strides, m[1:].tobytes())
print(m.hex(), m.tobytes().hex(), m.tobytes(order='C') == a.tobytes(), m.hex(':'))
print(m == a, m == array('i', [10, 20, 30]), m == array('d', [10, 20, 30]), m == array('i', [1]), m != a)
print(memoryview(b'ab') == b'ab', memoryview(b'ab') == bytearray(b'ab'), memoryview(array('B', b'ab')) == b'ab')

# casts
raw = bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')
mb = memoryview(raw)
mi = mb.cast('i')
print(mi.format, mi.itemsize, mi.tolist(), len(mi), mi.nbytes)
print(mi.cast('B').tolist(), mb.cast('b', shape=[8]).shape)
t(lambda: mi.cast('h'))
t(lambda: mb.cast('i', shape=[3]))
t(lambda: mb.cast('x'))
t(lambda: mb[::2].cast('B'))
t(lambda: mb.cast(1))
mi[1] = 7
print(raw)
print(bytes(memoryview(array('h', [1, 2]))), bytearray(memoryview(array('b', [5]))))

# read-only views and hashing
ro = memoryview(b'abc')
t(lambda: ro.__setitem__(0, 1))
t(lambda: hash(memoryview(bytearray(b'a'))))
print(hash(ro) == hash(b'abc'), memoryview(a).toreadonly().readonly)
t(lambda: ro.__delitem__(0))

# release and the context manager
with memoryview(bytearray(b'xy')) as cm:
    print(cm[0])
t(lambda: cm[0])
t(lambda: len(cm))
print(repr(cm).startswith('<released memory at 0x'))
r = memoryview(b'q')
r.release()
r.release()
t(lambda: r.tobytes())
t(lambda: memoryview(3))
t(lambda: memoryview('abc'))
t(lambda: memoryview(array('i', [1]))[0:1].cast('B').tolist())
