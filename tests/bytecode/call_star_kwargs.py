f(*a, k=1, **kw)
f(**kw)
