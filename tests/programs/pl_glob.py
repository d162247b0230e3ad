# glob: wildcards, '**' with recursive, hidden files, root_dir, dir_fd, escape/has_magic, bytes.
import glob, os, fnmatch
print(sorted(n for n in dir(glob) if not n.startswith('_')))
base = 'pl_glob_tmp'
for d in ['a/b/c', 'a/.hid', 'x[1]']:
    os.makedirs(os.path.join(base, d), exist_ok=True)
for f in ['a/f1.txt', 'a/f2.py', 'a/b/g.txt', 'a/b/c/h.txt', 'a/.dot.txt', 'a/.hid/i.txt', 'top.txt', 'x[1]/y.txt']:
    open(os.path.join(base, f), 'w').close()
def show(*a, **k):
    print(a, sorted(k.items()), sorted(glob.glob(*a, **k)))
try:
    show(base + '/*')
    show(base + '/a/*.txt')
    show(base + '/a/f?.*')
    show(base + '/a/[f]1.txt')
    show(base + '/**/*.txt')
    show(base + '/**/*.txt', recursive=True)
    show(base + '/**', recursive=True)
    show(base + '/**/', recursive=True)
    show(base + '/a/*', include_hidden=True)
    show(base + '/a/.*')
    show(base + '/*/')
    show('**/*.txt', root_dir=base, recursive=True)
    show('a/*', root_dir=base)
    show(glob.escape(base + '/x[1]') + '/*')
    show(base + '/nothing*')
    show(base + '/top.txt')
    show(base + '/missing')
    fd = os.open(base, os.O_RDONLY)
    show('a/b/*', dir_fd=fd)
    os.close(fd)
    print(sorted(glob.glob(os.fsencode(base) + b'/a/*.txt')))
    print(sorted(glob.iglob(base + '/a/*.py')), type(glob.iglob('*')).__name__ != 'list')
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'), glob.escape('a*b?[c]'), glob.escape(b'*'))
    print(sorted(glob.glob1(base + '/a', '*.txt')), glob.glob0(base, 'top.txt'), glob.glob0(base, 'zz'))
    print(fnmatch.fnmatch('a.txt', '*.txt'), fnmatch.filter(['a.py', 'b.txt'], '*.py'), fnmatch.translate('a*[!b]?'))
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
