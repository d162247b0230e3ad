import os, posixpath, stat
# Known missing in minipy's os (process control, xattr, scheduling, exec/spawn, ...):
KNOWN_MISSING = set()
print(sorted(n for n in dir(os) if not n.startswith('_') and n not in KNOWN_MISSING))
print(sorted(n for n in dir(posixpath) if not n.startswith('_')))
print(sorted(n for n in dir(stat) if not n.startswith('_')))
