def f():
    return len(x)
