import fileinput, os, tempfile, sys, gzip, io
print(sorted(n for n in dir(fileinput) if not n.startswith('_')))
d = tempfile.mkdtemp()
a, b, e, z = (os.path.join(d, n) for n in ('a.txt', 'b.txt', 'empty.txt', 'c.gz'))
open(a, 'w').write('a1\na2\n')
open(b, 'w').write('b1\nb2\nb3')
open(e, 'w').close()
with gzip.open(z, 'wt') as f:
    f.write('z1\nz2\n')
try:
    fileinput.filename()
except RuntimeError as err:
    print('RuntimeError', err)
for line in fileinput.input([a, e, b], encoding='utf-8'):
    print(repr(line), os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 0)
print(os.path.basename(fileinput.filename()), fileinput.lineno())
fileinput.close()
with fileinput.input(files=(a, b), mode='rb') as f:
    first = next(f)
    f.nextfile()
    print(first, list(f), f.lineno(), f.fileno())
fi = fileinput.FileInput([a, z], openhook=fileinput.hook_compressed)
print([l for l in fi], fi.filelineno())
print(list(fileinput.FileInput(a, openhook=fileinput.hook_encoded('latin-1'))))
with fileinput.input(b, inplace=True, backup='.orig') as f:
    for line in f:
        print(line.upper(), end='')
print(open(b).read(), open(b + '.orig').read() == 'b1\nb2\nb3', sorted(os.listdir(d)))
with fileinput.input(a, inplace=True) as f:
    for line in f:
        sys.stdout.write('>' + line)
print(repr(open(a).read()), sorted(os.listdir(d)))
for kw in [dict(mode='w'), dict(inplace=True, openhook=open), dict(openhook=3)]:
    try:
        fileinput.FileInput(a, **kw)
    except ValueError as err:
        print('ValueError', err)
x = fileinput.input(a, encoding='utf-8'); next(x)
try:
    fileinput.input(b)
except RuntimeError as err:
    print('RuntimeError', err)
fileinput.close()
f = fileinput.FileInput([a]); print(f.readline(), f.readline(), repr(f.readline()), f.lineno(), fileinput.FileInput[int])
sys.stdin = io.StringIO('in1\nin2\n')
print([(l, fileinput.isstdin(), fileinput.filename()) for l in fileinput.input(['-'])])
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
