del x
del o.a, d[k]
del a, (b, c)
