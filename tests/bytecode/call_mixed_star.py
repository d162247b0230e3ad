f(a, *b, c, d=1, **e, g=2)
