a = [*x, 1, *y]
b = (*x, y)
c = {*x}
