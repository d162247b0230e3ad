if a:
    f()
elif b:
    g()
else:
    h()
