with a:
    f()
