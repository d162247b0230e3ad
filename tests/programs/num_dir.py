# dir() of the number and container types and of math, compared with python3's.
# Names every object has are left out (the object type is another part's concern), and so
# are the known gaps listed here: attributes served by attribute lookup rather than the
# type's namespace (real, imag, start...), which dir() does not list yet. Shrink this list
# as they land.
import math
OBJECT = {'__class__', '__delattr__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__',
          '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__',
          '__init_subclass__', '__le__', '__lt__', '__ne__', '__new__', '__reduce__',
          '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__',
          '__subclasshook__'}
KNOWN_GAPS = {'real', 'imag', 'numerator', 'denominator', 'start', 'stop', 'step',
              'mapping', '__class_getitem__', '__getnewargs__', '__ior__', '__bool__',
              '__reversed__'}
for t in [int, bool, float, complex, list, tuple, dict, set, frozenset, range, slice,
          type({}.keys()), type({}.values()), type({}.items())]:
    print(t.__name__, sorted(set(dir(t)) - OBJECT - KNOWN_GAPS))
print('math', sorted(n for n in dir(math) if not n.startswith('__')))
