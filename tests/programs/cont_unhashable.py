print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
for x in ([], {}, set(), bytearray()):
    try:
        hash(x)
    except TypeError as e:
        print(e)
class L(list):
    pass
try:
    hash(L())
except TypeError as e:
    print(e)
from collections.abc import Hashable
print(isinstance([], Hashable), isinstance((), Hashable))
