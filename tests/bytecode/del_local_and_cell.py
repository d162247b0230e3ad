def f():
    x = 1
    y = 2
    def g():
        return y
    del x
    del y
