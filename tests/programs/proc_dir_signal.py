# dir(signal) (underscore names aside) equals CPython's.
import signal
print(sorted(n for n in dir(signal) if not n.startswith('_')))
