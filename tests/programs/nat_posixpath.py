import os.path as p
for a in ['', '/', 'a', '/a/b/', 'a/b/c.txt', '//x', '///x/..', 'a/./b/../c', '../..', '.hidden', 'a.b.c', 'dir.d/file', '/a//b', 'x/']:
    print(repr(a), p.split(a), p.splitext(a), p.basename(a), p.dirname(a), p.normpath(a), p.isabs(a), p.splitdrive(a))
print(p.join('a', 'b', '/c', 'd'), p.join('a/', 'b'), p.join('', 'x'), p.join(b'a', b'b'))
try: p.join('a', b'b')
except TypeError as e: print(e)
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']), p.commonpath(['a/b', 'a/c']))
try: p.commonpath(['/a', 'b'])
except ValueError as e: print(e)
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.abspath('/x/../y'))
import os
os.environ['NATV'] = 'val'
print(p.expandvars('$NATV/${NATV}/$NOPE_X/${NOPE}/$'), p.expandvars(b'$NATV'), p.expanduser('~/x') == os.environ['HOME'] + '/x', p.expanduser('x~'))
print(p.normcase('AbC'), p.splitext(b'a.txt'), p.basename(b'/x/y'), p.sep, p.curdir, p.pardir, p.extsep, p.altsep, p.pathsep, p.defpath, p.devnull)
print(p.exists('/'), p.ismount('/'), p.lexists('/nonexistent'), p.samefile('/', '/'))
