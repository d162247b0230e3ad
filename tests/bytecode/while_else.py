while x:
    if y:
        break
    f()
else:
    g()
