x
f(x)
