import sys
sys.setrecursionlimit(50000)
def chain(n):
    if n == 0:
        try:
            x = yield "leaf"
            yield x
        finally:
            print("leaf finally")
        return "ret"
    r = yield from chain(n - 1)
    return r
g = chain(10000)
print(next(g))
print(g.send("sent"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
g = chain(10000)
next(g)
try:
    g.throw(ValueError("deep"))
except ValueError as e:
    print("thrown through", e)
g = chain(10000)
next(g)
g.close()
print("closed")
g = chain(10000)
next(g)
del g
print("dropped")
