for i in a:
    for j in b:
        if j:
            continue
        f(i, j)
