def f(x):
    class A:
        y = x
    return A
