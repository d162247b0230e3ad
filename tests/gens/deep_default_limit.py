# At the default recursion limit: 100,000-deep delegation works (send, throw, close,
# return value); unbounded delegation and ordinary recursion still end in RecursionError.
import sys
print(sys.getrecursionlimit())
def chain(n):
    if n == 0:
        try:
            x = yield "leaf"
            try:
                yield x
            except ValueError:
                yield "caught"
        finally:
            print("leaf finally")
        return "ret"
    return (yield from chain(n - 1))
g = chain(100000)
print(next(g), g.send("sent"), g.throw(ValueError))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
g = chain(100000)
next(g)
g.close()
def forever():
    yield from forever()
try:
    next(forever())
except RecursionError as e:
    print("delegation:", e)
async def coro():
    await coro()
c = coro()
try:
    c.send(None)
except RecursionError as e:
    print("await:", e)
c.close()
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("call:", e)
def inside(n):
    # a deep chain leaves the full recursion limit to the code at its bottom
    if n == 0:
        depth = 0
        def down(k):
            nonlocal depth
            depth = k
            if k < 900:
                down(k + 1)
        down(0)
        yield depth
        return
    yield from inside(n - 1)
print("calls at the bottom:", next(inside(50000)))
