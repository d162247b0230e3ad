import gzip, io, os, tempfile, zlib, _compression
print(sorted(n for n in dir(gzip) if not n.startswith('__')))
print(sorted(n for n in dir(_compression) if not n.startswith('__')))
data = b'hello gzip world\n' * 200 + bytes(range(256))
c = gzip.compress(data, mtime=0)
print(c[:12].hex(), len(c), gzip.compress(data, 1, mtime=5)[:10].hex(), gzip.compress(b'', 6, mtime=1).hex())
print(gzip.decompress(c) == data, gzip.decompress(c + b'\0\0' + gzip.compress(b'two', mtime=0)) [-5:], gzip.decompress(b''))
for bad in [b'xx', c[:-3], c[:-8] + b'\0' * 8, b'\x1f\x8b\x07' + c[3:], c[:5]]:
    try:
        gzip.decompress(bad)
    except (EOFError, gzip.BadGzipFile) as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt.gz')
with gzip.open(p, 'wb', mtime=123) if False else gzip.GzipFile(p, 'wb', mtime=123) as f:
    print(f.write(b'line one\nline two\n'), f.write(memoryview(b'x' * 3000)), f.writable(), f.readable(), f.name == p)
raw = open(p, 'rb').read()
print(raw[:20], len(raw))
with gzip.open(p) as f:
    print(f.readline(), f.read(5), f.peek(1)[:1], f.tell(), f.seek(2), f.read(4), f.mtime, f.seekable())
    f.seek(0); print(len(f.read()), f.read())
    f.rewind(); print(f.read1(3))
with gzip.open(p, 'rt', encoding='ascii') as f:
    print(list(f)[:2])
with gzip.open(p, 'at') as f:
    f.write('appended\n')
with gzip.open(p, 'rb') as f:
    print(f.read()[-20:])
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode='wb', mtime=0, filename='name.gz') as g:
    g.write(b'abc')
    g.flush()
print(bio.getvalue().hex())
print(gzip.GzipFile(fileobj=io.BytesIO(bio.getvalue())).read())
for args, kw in [((p, 'rbt'), {}), ((p, 'rb'), {'encoding': 'x'}), ((3,), {}), ((p, 'z'), {})]:
    try:
        gzip.open(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
g = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
for op in (lambda: g.read(), lambda: g.rewind(), lambda: g.seek(-1), lambda: g.seek(0, 2)):
    try:
        op()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(g.seek(10), g.tell() if hasattr(g, 'tell') else None)
g.close(); g.close()
try:
    g.write(b'x')
except ValueError as e:
    print('ValueError', e)
r = gzip.GzipFile(fileobj=io.BytesIO(c))
try:
    r.write(b'x')
except OSError as e:
    print('OSError', e.errno, e.strerror)
print(r.read(10), r.closed); r.close(); print(r.closed)
try:
    gzip.GzipFile(fileobj=io.BytesIO(b'not gzip data')).read()
except gzip.BadGzipFile as e:
    print('BadGzipFile', e)
os.remove(p); os.rmdir(d)
