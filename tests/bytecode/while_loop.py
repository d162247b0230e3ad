while x:
    f()
