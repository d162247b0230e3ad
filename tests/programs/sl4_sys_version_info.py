import sys

v = sys.version_info
print(type(v).__name__, v.major, v.minor, v.releaselevel, v.serial, v[:2], len(v))
print(v >= (3, 9), v < (4,), isinstance(v, tuple), sys.implementation.version[:2])
print(sys.implementation.version.major, v.n_fields, v.n_sequence_fields, v.n_unnamed_fields)
try:
    v.major = 4
except AttributeError as e:
    print('AttributeError')
