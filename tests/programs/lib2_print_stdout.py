# print() writes to whatever sys.stdout is at the time of the call.
import sys, io
from contextlib import redirect_stdout
print('a')
old = sys.stdout
sys.stdout = None
print('hidden: sys.stdout is None')
sys.stdout = io.StringIO()
print('captured', 1, sep='-', end='!\n')
v = sys.stdout.getvalue()
sys.stdout = old
print(repr(v))
buf = io.StringIO()
with redirect_stdout(buf):
    print('inside redirect')
    print('flushed', flush=True)
print(repr(buf.getvalue()))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
sys.stdout = w
print('x', 'y')
sys.stdout = old
print(w.parts)
