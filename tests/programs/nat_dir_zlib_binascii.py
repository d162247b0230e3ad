import zlib, binascii
print(sorted(n for n in dir(zlib) if not n.startswith('_')))
print(sorted(n for n in dir(binascii) if not n.startswith('_')))
