# array.tofile / fromfile and readinto with an array target.
import os
from array import array

path = f'/tmp/minipy_buf_array_{os.getpid()}.bin'
a = array('i', range(5))
with open(path, 'wb') as f:
    a.tofile(f)
    f.write(array('h', [7, 8]))
print(os.path.getsize(path))
b = array('i')
with open(path, 'rb') as f:
    b.fromfile(f, 5)
    print(b)
    c = array('h')
    try:
        c.fromfile(f, 5)
    except EOFError as e:
        print('EOFError', e, c)
try:
    b.fromfile(None, -1)
except ValueError as e:
    print('ValueError', e)
d = array('i', [0] * 3)
with open(path, 'rb') as f:
    print(f.readinto(d), d)
with open(path, 'rb', buffering=0) as f:
    print(f.readinto(d), d)
import io
bio = io.BytesIO(b'\x01\x00\x00\x00\x02\x00\x00\x00')
e = array('i', [9, 9, 9])
print(bio.readinto(e), e)
os.remove(path)
