# Public names of array, array.array and memoryview equal CPython's.
import array
print(sorted(n for n in dir(array) if not n.startswith('_')))
print(sorted(dir(array.array)))
print(sorted(dir(memoryview)))
