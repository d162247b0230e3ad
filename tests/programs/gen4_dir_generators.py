# Public attributes of generator, coroutine and async generator objects (and their
# helper awaitables), as dir() lists them.
def g():
    yield
async def a():
    yield 1
async def c():
    pass
def names(o):
    return sorted(n for n in dir(o) if not n.startswith('_'))
print(names(g()))
x = a()
print(names(x))
print(names(x.asend(None)), names(x.athrow(ValueError)))
y = c()
print(names(y))
y.close()
