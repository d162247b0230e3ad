# tempfile: mkstemp/mkdtemp/mktemp, the file classes, TemporaryDirectory, names and modes.
import tempfile, os, stat, io
print(sorted(n for n in dir(tempfile) if not n.startswith('_')))
print(tempfile.gettempdir() == os.path.abspath(tempfile.gettempdir()), tempfile.gettempprefix(), tempfile.gettempprefixb(), type(tempfile.gettempdirb()))
print(tempfile.template, tempfile.TMP_MAX > 0)
d = tempfile.mkdtemp(prefix='pl_', suffix='_d')
print(os.path.isdir(d), os.path.basename(d).startswith('pl_'), d.endswith('_d'), oct(stat.S_IMODE(os.stat(d).st_mode)))
fd, name = tempfile.mkstemp(suffix='.txt', dir=d)
print(type(fd), os.path.dirname(name) == d, name.endswith('.txt'), oct(stat.S_IMODE(os.stat(name).st_mode)), len(os.path.basename(name)))
os.write(fd, b'data'); os.close(fd)
print(open(name, 'rb').read())
fd, bname = tempfile.mkstemp(dir=os.fsencode(d)); os.close(fd); print(type(bname))
try: tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e: print(e)
print(tempfile.mktemp(dir=d).startswith(d + '/tmp'))
with tempfile.TemporaryFile(dir=d) as f:
    f.write(b'hello'); f.seek(0); print(f.read(), f.mode)
with tempfile.TemporaryFile('w+', dir=d) as f:
    f.write('text'); f.seek(0); print(f.read())
with tempfile.NamedTemporaryFile(dir=d, suffix='.n', delete=True) as f:
    f.write(b'named'); f.flush(); n = f.name
    print(os.path.exists(n), n.endswith('.n'), open(n, 'rb').read(), f.delete)
print(os.path.exists(n))
f = tempfile.NamedTemporaryFile('w', dir=d, delete=False); f.write('kept'); f.close()
print(open(f.name).read()); os.unlink(f.name)
s = tempfile.SpooledTemporaryFile(max_size=10, dir=d)
s.write(b'12345'); print(s._rolled, s.tell()); s.write(b'67890123'); print(s._rolled)
s.seek(0); print(s.read()); s.close(); print(s.closed)
s = tempfile.SpooledTemporaryFile(mode='w+'); s.write('abc'); s.seek(0); print(s.read(), s._rolled); s.fileno(); print(s._rolled); s.close()
with tempfile.TemporaryDirectory(dir=d) as td:
    open(os.path.join(td, 'x'), 'w').close(); os.mkdir(os.path.join(td, 'sub'))
    open(os.path.join(td, 'sub', 'y'), 'w').close()
    print(os.path.isdir(td), sorted(os.listdir(td)))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir=d); print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name)); t.cleanup(); print(os.path.exists(t.name))
import shutil; shutil.rmtree(d); print(os.path.exists(d))
