import _operator as o
for a,b in [('abc','abc'),('abc','abd'),('abc','ab'),('é','é'),('a',b'a'),(b'a','a'),(b'a',bytearray(b'a')),(1,2),(b'ab',memoryview(b'ab')), ('a', 1), (1, 'a'), (b'x', 1)]:
  try: print(o._compare_digest(a,b))
  except Exception as e: print(type(e).__name__, e)
print(o.add(1, 2), o.itemgetter(1)([5, 6]), o.__doc__.splitlines()[0])
import operator
print(sorted(n for n in dir(o) if not n.startswith('_')) == sorted(n for n in dir(operator) if not n.startswith('_')))
