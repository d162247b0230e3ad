# Any buffer is accepted where bytes are: bytes(), join, +, struct, file write.
import struct
from array import array

a = array('h', [1, -1])
print(bytes(a), bytearray(a), b'-'.join([a, memoryview(b'x'), b'y']), b'ab' + a, bytearray(b'z') + a)
ba = bytearray(b'q')
ba += a
ba.extend(array('b', [5]))
print(ba)
print(struct.unpack('<hh', a), struct.unpack_from('<h', a, 2), struct.unpack('<hh', memoryview(a)))
buf = array('i', [0, 0])
struct.pack_into('<i', buf, 4, 99)
print(buf)
mb = bytearray(8)
struct.pack_into('<ii', memoryview(mb), 0, 1, 2)
print(mb)
try:
    struct.pack_into('<i', b'abcd', 0, 1)
except TypeError as e:
    print('TypeError', e)
print(list(struct.iter_unpack('<h', a)))
print(int.from_bytes(bytes(array('B', [1, 2])), 'little'))
