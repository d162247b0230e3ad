import gc, weakref, _weakref
print(sorted(n for n in dir(gc) if not n.startswith('_')))
print(sorted(n for n in dir(weakref) if not n.startswith('_')))
print(sorted(n for n in dir(_weakref) if not n.startswith('_')))
