def f():
    [y := x for x in xs]
    return y
