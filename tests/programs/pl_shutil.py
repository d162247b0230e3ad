# shutil: copies (data, mode, stat), copytree with ignore, rmtree, move, which, errors.
import shutil, os, stat, io
print(sorted(n for n in dir(shutil) if not n.startswith('_')))
base = 'pl_shutil_tmp'
if os.path.exists(base):
    shutil.rmtree(base)
os.makedirs(base + '/src/sub/deep')
def w(p, data):
    with open(os.path.join(base, p), 'w') as f: f.write(data)
w('src/a.txt', 'alpha'); w('src/b.py', 'beta'); w('src/sub/c.txt', 'gamma'); w('src/sub/deep/d.pyc', 'delta')
os.chmod(base + '/src/a.txt', 0o640)
os.utime(base + '/src/a.txt', (1000000000, 1200000000))
os.symlink('a.txt', base + '/src/link')
def tree(p):
    out = []
    for root, dirs, files in os.walk(p):
        dirs.sort()
        for f in sorted(files):
            full = os.path.join(root, f)
            out.append((os.path.relpath(full, p), os.path.islink(full), open(full).read()))
    return out
try:
    src = io.BytesIO(b'x' * 100000); dst = io.BytesIO(); shutil.copyfileobj(src, dst, 1000); print(len(dst.getvalue()))
    print(shutil.copyfile(base + '/src/a.txt', base + '/c1.txt'), oct(stat.S_IMODE(os.stat(base + '/c1.txt').st_mode)) != '0o640')
    print(shutil.copy(base + '/src/a.txt', base), oct(stat.S_IMODE(os.stat(base + '/a.txt').st_mode)))
    print(shutil.copy2(base + '/src/a.txt', base + '/c2.txt'), os.stat(base + '/c2.txt').st_mtime)
    shutil.copymode(base + '/src/a.txt', base + '/c1.txt'); print(oct(stat.S_IMODE(os.stat(base + '/c1.txt').st_mode)))
    shutil.copystat(base + '/src/a.txt', base + '/c1.txt'); print(os.stat(base + '/c1.txt').st_mtime)
    print(shutil.copyfile(base + '/src/link', base + '/c3', follow_symlinks=False), os.path.islink(base + '/c3'))
    try: shutil.copyfile(base + '/src/a.txt', base + '/src/a.txt')
    except shutil.SameFileError as e: print('SameFileError', e)
    try: shutil.copyfile(base + '/nope', base + '/x')
    except FileNotFoundError as e: print('FileNotFoundError', e.errno)
    print(shutil.copytree(base + '/src', base + '/t1'), tree(base + '/t1'))
    print(shutil.copytree(base + '/src', base + '/t2', ignore=shutil.ignore_patterns('*.pyc', 'b*'), symlinks=True), tree(base + '/t2'))
    try: shutil.copytree(base + '/src', base + '/t2')
    except FileExistsError as e: print('FileExistsError', e.errno)
    shutil.copytree(base + '/src', base + '/t2', dirs_exist_ok=True); print(len(tree(base + '/t2')))
    print(shutil.move(base + '/t1', base + '/t3'), os.path.exists(base + '/t1'))
    os.mkdir(base + '/into')
    print(shutil.move(base + '/c1.txt', base + '/into'), os.listdir(base + '/into'))
    try: shutil.move(base + '/c2.txt', base + '/into/c1.txt/..')
    except Exception as e: print(type(e).__name__)
    shutil.rmtree(base + '/t3'); print(os.path.exists(base + '/t3'))
    try: shutil.rmtree(base + '/missing')
    except FileNotFoundError as e: print('FileNotFoundError', e.errno)
    shutil.rmtree(base + '/missing', ignore_errors=True)
    seen = []
    shutil.rmtree(base + '/missing', onerror=lambda f, p, e: seen.append((f.__name__, p, e[0].__name__)))
    print(seen)
    try: shutil.rmtree(base + '/src/link')
    except OSError as e: print('OSError', e)
    print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'), shutil.which('sh', path=''), shutil.which('ls', path='/bin:/usr/bin') in ('/bin/ls', '/usr/bin/ls'))
    os.environ['COLUMNS'] = '123'; os.environ['LINES'] = '45'; print(shutil.get_terminal_size())
    print(shutil.get_unpack_formats()[-1:], [f for f in shutil.get_archive_formats() if f[0] in ('tar', 'zip')])
    try: shutil.make_archive('x', 'nope')
    except ValueError as e: print(e)
    try: shutil.unpack_archive('x.unknown')
    except shutil.ReadError as e: print('ReadError', e)
    print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
u = shutil.disk_usage('.')
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0, u.total > 0)
try: shutil.disk_usage('/nonexistent/dir')
except FileNotFoundError as e: print('FileNotFoundError', e.errno, e.filename)
