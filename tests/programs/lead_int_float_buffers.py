# int() and float() accept any bytes-like object; the error messages show bytes for int()
# and the object itself for float(), as CPython's do.
from array import array
for v in (b' 12 ', b'x', b'1_0', bytearray(b'7'), bytearray(b'z'), memoryview(b'5'), memoryview(b'a b'), array('b', b'42')):
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
for v in (b'1.5', bytearray(b' 2e3 '), bytearray(b'q'), memoryview(b'1.0'), b'inf', bytearray(b'nan')):
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
print(int(bytearray(b'ff'), 16), int(b'0x1f', 0), int(bytearray(b' -7 '), 8))
for args in ((b'zz', 16), (bytearray(b'9'), 8), (memoryview(b'1'), 10), (b'1', 99)):
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)
