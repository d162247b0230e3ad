a, b = b, a
x, y = p
