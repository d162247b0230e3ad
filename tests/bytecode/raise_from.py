def f():
    raise ValueError('x') from None
