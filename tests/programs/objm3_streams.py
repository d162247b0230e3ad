# The standard streams' TextIOWrapper interface, as far as it does not depend on where
# the streams point (file, pipe or terminal) or on the locale.
import sys
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.readable(), s.writable(), type(s.line_buffering).__name__,
          type(s.isatty()).__name__, type(s.seekable()).__name__, type(s.fileno()).__name__)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stderr.errors)
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout)
print(repr(sys.stdin))
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
try:
    sys.stdout.readline()
except Exception as e:
    print(type(e).__name__, e)
print(str(sys.implementation).startswith("namespace(name='cpython'"), sys.implementation.name)
print(type(sys.implementation).__name__, sys.implementation.cache_tag)
import types
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, ns == types.SimpleNamespace(a=1, b=[2]), types.SimpleNamespace.__module__)
ns.c = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
