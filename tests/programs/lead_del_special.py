# Deleting payload attributes: what CPython does with a NULL value in each setter.
def f(a=1): return a
del f.__defaults__
print(f.__defaults__)
for n in ["__code__", "__name__", "__qualname__", "__globals__", "__closure__", "__annotations__", "__kwdefaults__", "__doc__"]:
    g = lambda: 0
    try:
        delattr(g, n); print(n, "deleted", getattr(g, n, "gone"))
    except Exception as e:
        print(n, type(e).__name__, e)
e = ValueError(1)
for n in ["args", "__cause__", "__context__", "__traceback__", "__suppress_context__"]:
    try:
        delattr(e, n); print(n, "deleted", getattr(e, n, "gone"))
    except Exception as ex:
        print(n, type(ex).__name__, ex)
