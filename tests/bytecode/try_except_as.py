try:
    f()
except ValueError as e:
    g(e)
