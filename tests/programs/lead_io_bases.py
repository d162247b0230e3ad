import io
class Src(io.RawIOBase):
    def __init__(self, data):
        self.data = data; self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
s = Src(b'ab\ncdefg\nh')
print(s.read(2), s.readline(), s.readline(2), s.read(), s.read(), s.readall())
print(list(Src(b'x\ny\n')), Src(b'hello').readall(), io.BufferedReader(Src(b'buffered\nlines\n')).readlines())
class Buf(io.BufferedIOBase):
    def read(self, n=-1):
        return b'xyz'[:n]
ba = bytearray(5)
print(Buf().readinto(ba), ba)
for call in (lambda: io.IOBase().seek(0), lambda: io.IOBase().tell(), lambda: io.IOBase().truncate(), lambda: Buf().read1(),
             lambda: Buf().write(b''), lambda: Buf().detach(), lambda: io.RawIOBase().read(1), lambda: io.RawIOBase().write(b'')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
class Seek(io.IOBase):
    def seek(self, pos, whence=0):
        return 42
print(Seek().tell())
try:
    io.IOBase()._checkReadable()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(io.TextIOWrapper(io.BytesIO(b'abc'), encoding='locale').read())
