import _stat
print(sorted(n for n in dir(_stat) if not n.startswith('_')))
print(_stat.S_ISDIR(0o040755), _stat.filemode(0o100644), _stat.S_IMODE(0o100644))
