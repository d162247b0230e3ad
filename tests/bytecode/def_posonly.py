def f(a, b, /, c, *args, d, **kwargs):
    return a
