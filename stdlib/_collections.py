"""High performance data structures.
- deque:        ordered collection accessible from endpoints only
- defaultdict:  dict subclass with a default value factory"""

# minipy: the implementation is collections.py; this is CPython's accelerator module's interface.
from collections import OrderedDict, defaultdict, deque
