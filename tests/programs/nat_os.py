import os, os.path, sys
import posixpath
print(os.name, os.sep, os.linesep == '\n', os.error is OSError, os.path is posixpath, sys.modules['os.path'] is os.path)
# A directory of this process's own: other runs (the fuzz test runs mutants of this file)
# may leave theirs behind.
base = os.path.join(os.getcwd(), 'nat_os_tmp_%d' % os.getpid())
def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs:
            d = os.path.join(root, d)
            os.unlink(d) if os.path.islink(d) else os.rmdir(d)
    os.rmdir(p)
if os.path.exists(base): rmtree(base)
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try: os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e: print('exists', e.errno, e.filename == os.path.join(base, 'a'))
fd = os.open(os.path.join(base, 'f.txt'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello world\n')); os.close(fd)
fd = os.open(os.path.join(base, 'f.txt'), os.O_RDONLY); print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_END)); os.close(fd)
st = os.stat(os.path.join(base, 'f.txt'))
print(st.st_size, st[6], len(st), type(st).__name__, oct(st.st_mode & 0o777), isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10**9 == st[8])
print(sorted(os.listdir(base)), sorted(e.name for e in os.scandir(base)))
with os.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name), os.fspath(e) == e.path)
os.rename(os.path.join(base, 'f.txt'), os.path.join(base, 'g.txt'))
os.replace(os.path.join(base, 'g.txt'), os.path.join(base, 'a', 'g.txt'))
print([(os.path.relpath(r, base), sorted(d), sorted(f)) for r, d, f in os.walk(base)])
try: os.remove(os.path.join(base, 'nope'))
except FileNotFoundError as e: print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try: os.rmdir(os.path.join(base, 'a'))
except OSError as e: print(type(e).__name__, e.errno)
try: os.listdir(os.path.join(base, 'a', 'g.txt'))
except NotADirectoryError as e: print(type(e).__name__, e.errno)
try: os.stat(123456)
except OSError as e: print(type(e).__name__, e.errno)
old = os.getcwd(); os.chdir(base); print(os.getcwd() == base, sorted(os.listdir())); os.chdir(old)
print(os.path.isdir(base), os.path.isfile(base), os.path.exists(base + 'x'), os.path.getsize(os.path.join(base, 'a', 'g.txt')))
os.symlink(os.path.join(base, 'a'), os.path.join(base, 'lnk'))
print(os.path.islink(os.path.join(base, 'lnk')), os.readlink(os.path.join(base, 'lnk')) == os.path.join(base, 'a'), os.path.realpath(os.path.join(base, 'lnk')) == os.path.join(base, 'a'))
os.unlink(os.path.join(base, 'lnk'))
rmtree(base); print(os.path.exists(base))
os.environ['NAT_TEST_VAR'] = 'value1'
print(os.environ['NAT_TEST_VAR'], os.getenv('NAT_TEST_VAR'), 'NAT_TEST_VAR' in os.environ, os.getenv('NAT_NOPE', 'dflt'))
print(os.system('echo "from child: $NAT_TEST_VAR"'))
del os.environ['NAT_TEST_VAR']; print(os.getenv('NAT_TEST_VAR'), os.environ.get('NAT_TEST_VAR', 'gone'))
print(os.system('echo "after: [$NAT_TEST_VAR]"'))
try: os.environ[1] = 'x'
except TypeError as e: print(e)
print(type(os.getpid()), os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1, len(os.urandom(8)))
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fspath('p'))
class P:
    def __fspath__(self): return '/x/y'
print(os.fspath(P()), isinstance(P(), os.PathLike), os.path.join(P(), 'z'))
try: os.fspath(1)
except TypeError as e: print(e)
print(os.stat_result((1,2,3,4,5,6,7,8,9,10)))
print(os.uname().sysname, os.terminal_size((80, 24)), os.get_exec_path()[:0])
