for a, *b in c:
    f(a, b)
