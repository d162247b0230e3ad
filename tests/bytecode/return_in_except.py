def f():
    try:
        g()
    except E as e:
        return e
