f(*args)
f(1, *args)
