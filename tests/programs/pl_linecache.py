# linecache: lines of this file, the cache entry, checkcache, missing files.
import linecache, os
print(sorted(n for n in dir(linecache) if not n.startswith('_')))
me = __file__
print(repr(linecache.getline(me, 1)))
print(repr(linecache.getline(me, 2)))
print(repr(linecache.getline(me, 10000)), repr(linecache.getline(me, 0)))
lines = linecache.getlines(me)
print(len(lines) > 5, lines[0].startswith('# linecache'))
print(me in linecache.cache, len(linecache.cache[me]))
linecache.checkcache(me)
print(me in linecache.cache)
print(linecache.getlines('/nonexistent/file.py'), linecache.getline('<string>', 1) == '')
linecache.clearcache()
print(linecache.cache)
print(linecache.lazycache('x.py', None), linecache.lazycache('<x>', {}))
