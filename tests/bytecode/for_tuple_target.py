for k, v in d.items():
    f(k, v)
