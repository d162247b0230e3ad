def f():
    return 1 / 0
def g():
    f()
print("before")
g()
