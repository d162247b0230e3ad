try:
    f()
except (A, B):
    g()
except C:
    h()
