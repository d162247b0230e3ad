f = lambda x, y=2, *a, z=3, **k: x
