try:
    try:
        f()
    except A:
        g()
except B as b:
    h(b)
