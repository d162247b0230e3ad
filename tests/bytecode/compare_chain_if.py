if a < b < c:
    f()
