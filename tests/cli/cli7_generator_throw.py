# An exception thrown into a generator, and one raised from inside it while closing.
def worker():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")
g = worker()
next(g)
g.throw(ValueError("stop"))
