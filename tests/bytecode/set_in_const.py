if x in {1, 2, 3}:
    f()
