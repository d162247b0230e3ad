# The names str, bytes and bytearray define beyond object's, as dir() lists them.
base = set(dir(object))
for t in (str, bytes, bytearray):
    print(t.__name__, sorted(set(dir(t)) - base))
    print(t.__name__, "has all of object's:", base <= set(dir(t)) or sorted(base - set(dir(t))))
