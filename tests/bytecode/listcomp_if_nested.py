a = [(x, y) for x in xs if x for y in ys]
