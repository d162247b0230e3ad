try:
    f()
except E:
    with a:
        g()
