# The public names of each module equal CPython's, less the ones listed as not done yet.
import bisect, collections, collections.abc, copy, errno, functools, heapq, io, keyword
import operator, reprlib, string, time, types

KNOWN_MISSING = {}

for m in (bisect, collections, collections.abc, copy, errno, functools, heapq, io, keyword,
          operator, reprlib, string, time, types):
    missing = KNOWN_MISSING.get(m.__name__, set())
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_') and n not in missing))
