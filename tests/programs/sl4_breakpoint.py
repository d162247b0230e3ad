import os
import sys

seen = []
sys.breakpointhook = lambda *a, **k: seen.append((a, k)) or 'hooked'
print(breakpoint(1, x=2), seen)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
print('breakpoint' in dir(__builtins__))
