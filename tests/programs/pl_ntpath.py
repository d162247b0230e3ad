# ntpath: Windows path rules on any system (drives, UNC, join, normpath, relpath, commonpath, expandvars).
import ntpath, os
print(sorted(n for n in dir(ntpath) if not n.startswith('_')))
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.defpath, ntpath.devnull, ntpath.supports_unicode_filenames)
paths = ['', 'c:', 'c:\\', 'C:/x/y', 'c:foo\\bar', '\\\\server\\share', '\\\\server\\share\\dir\\f.txt', '//server/share/x', '\\\\server',
         '\\\\?\\UNC\\srv\\shr\\p', '\\\\.\\device\\x', '\\x\\y\\', 'a/b\\c', 'a\\..\\..\\b', '.\\.\\x', 'file.tar.gz', '.bashrc', 'x\\.y',
         'c:\\a\\..\\..\\b', '\\\\srv\\shr\\..\\x', 'C:a\\b\\..', '\\\\?\\c:\\x\\..\\y']
for p in paths:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p), ntpath.basename(p), ntpath.dirname(p),
          ntpath.isabs(p), ntpath.normpath(p), ntpath.normcase(p), ntpath.ismount(p) if p else None)
for parts in [('a', 'b'), ('a\\', 'b'), ('c:', 'x'), ('c:\\', 'x'), ('c:x', 'd:y'), ('c:x', 'C:y'), ('a', '\\b'), ('c:a', '\\b'),
              ('\\\\srv\\shr', 'x'), ('\\\\srv\\shr\\', 'x'), ('a', ''), ('', 'b'), ('a', 'c:'), ('x', 'y', 'D:\\z', 'w')]:
    print(parts, ntpath.join(*parts))
print(ntpath.join(b'a', b'b'), ntpath.splitdrive(b'c:\\x'), ntpath.normpath(b'a/./b/../c'))
for path, start in [('c:\\a\\b\\c', 'c:\\a'), ('c:\\a', 'c:\\a\\b\\c'), ('c:\\A\\b', 'C:\\a\\c'), ('c:\\x', 'c:\\x')]:
    print(ntpath.relpath(path, start))
try: ntpath.relpath('c:\\x', 'd:\\y')
except ValueError as e: print(e)
try: ntpath.relpath('')
except ValueError as e: print(e)
print(ntpath.commonpath(['c:\\a\\b', 'C:/a/c']), ntpath.commonpath(['a\\b', 'a\\b\\c']), ntpath.commonpath(['\\\\s\\x\\a', '\\\\s\\x\\a\\b']))
for bad in [[], ['c:\\a', 'd:\\a'], ['\\a', 'b']]:
    try: ntpath.commonpath(bad)
    except ValueError as e: print(e)
print(ntpath.commonprefix(['abc', 'abd']))
os.environ['PL_V'] = 'val'; os.environ.pop('PL_NOPE', None)
for s in ['$PL_V', '${PL_V}x', '%PL_V%', '%%', '$$', "'$PL_V'", '$PL_NOPE', '%PL_NOPE%', '${PL_NOPE}', '${unterminated', '%unterminated', 'a$', 'x$PL_V-y']:
    print(repr(s), repr(ntpath.expandvars(s)))
for k in ('USERPROFILE', 'HOMEPATH', 'HOMEDRIVE', 'USERNAME'): os.environ.pop(k, None)
print(ntpath.expanduser('~\\x'))
os.environ['USERPROFILE'] = 'C:\\Users\\me'; os.environ['USERNAME'] = 'me'
print(ntpath.expanduser('~\\x'), ntpath.expanduser('~other\\y'), ntpath.expanduser('x~'))
print(ntpath.isabs('/x'), ntpath.realpath('c:\\a\\..\\b'), ntpath.abspath('c:\\x\\.\\y'))
try: ntpath.join('a', b'b')
except TypeError as e: print(e)
