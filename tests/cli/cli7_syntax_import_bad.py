def broken(x):
    return (x +
            * 2)
