# dir() of str, bytes and bytearray against CPython's: every public method, and the
# dunders each type defines itself. object's own slots (__doc__, __getattribute__, the
# pickling and hash/repr/str slots minipy inherits from object) are issue #3's other items.
GAP = {"__doc__", "__getattribute__", "__init__", "__hash__", "__repr__", "__str__", "__reduce__", "__reduce_ex__", "__sizeof__"}
for t in (str, bytes, bytearray):
    print(t.__name__, [n for n in dir(t) if not n.startswith("_")])
    print(t.__name__, sorted(n for n in t.__dict__ if n not in GAP))
