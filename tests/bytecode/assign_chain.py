a = b = c = f()
