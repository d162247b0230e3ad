if (n := len(a)) > 3:
    f(n)
