from array import array
import array as m
print(m.typecodes, m.ArrayType is m.array, sorted(n for n in dir(m) if not n.startswith('_')))
print(array('u', 'abc'), array('b', b'ab'), array('h', b'abcd'), array('d'), array('f', [1.5, 2, 0.1]), repr(array('u')))
a = array('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, len(a), a[2], a[-1], a[1:3], a[::-1])
a[0] = 10; del a[1]; print(a, a.pop(), a.pop(0), a, a.count(3), a.index(3), 3 in a)
a.reverse(); print(a, a.tolist(), a.tobytes())
b = array('h', [1, -2, 300]); b.byteswap(); print(b); b.byteswap(); print(b, b.itemsize, b.typecode)
c = array('H'); c.frombytes(b'\x01\x00\x02\x00'); c.fromlist([7, 8]); print(c, c + c, c * 2, 2 * c)
c += array('H', [9]); c *= 2; print(c)
c[1:3] = array('H', [100]); print(c)
print(array('b', [1, 2]) == array('h', [1, 2]), array('b', [1]) < array('b', [2]), array('d', [1.0]) == array('f', [1.0]), a == [3])
u = array('u', 'hi'); u.fromunicode('!'); print(u, u.tounicode())
print(bytes(array('h', [1, 2])), bytearray(array('b', [1, 2])))
for tc in 'bBhHiIlLqQ':
    for v in (2**70, 2**(array(tc).itemsize*8), -1 if tc.isupper() else -2**(array(tc).itemsize*8), 1.5):
        try: array(tc, [v]); print(tc, v, 'ok')
        except Exception as e: print(tc, type(e).__name__, e)
for bad in [lambda: array('z'), lambda: array('b', 5), lambda: array('b', 'abc'), lambda: a.index(99),
            lambda: array('b').pop(), lambda: a[10], lambda: a.frombytes(b'abc'), lambda: array('f', ['x'])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import copy; d = copy.copy(a); d.append(1); print(a, d, copy.deepcopy(a))
for x in array('f', [0.1, 0.25]): print(x)
print(b"123" + array("i", [1]), bytearray(b"x") + array("h", [2]))
