import unittest
print(sorted(n for n in dir(unittest) if not n.startswith("_")))
