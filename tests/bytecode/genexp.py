a = sum(x for x in xs)
