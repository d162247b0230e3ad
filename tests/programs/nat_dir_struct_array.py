import struct, array
print(sorted(n for n in dir(struct) if not n.startswith('_')))
print(sorted(n for n in dir(array) if not n.startswith('_')))
print(sorted(n for n in dir(array.array) if not n.startswith('_')))
