@d1
@d2(x)
def f():
    pass
