# Generator frames: suspended state, close/throw through yield-from chains, many live ones.
import gc


def leaf(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("leaf closed")


def mid(depth, log):
    try:
        if depth == 0:
            r = yield from leaf(log)
        else:
            r = yield from mid(depth - 1, log)
        return r
    finally:
        if depth % 100 == 0:
            log.append(f"mid {depth} closed")


log = []
g = mid(500, log)
print(next(g))
g.close()
print(log[:3], len(log))

log = []
g = mid(300, log)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError through chain:", e, len(log))


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"


c = counter(10)
print(next(c), c.send(7), next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.value)


def g2(i):
    x = i
    yield x
    yield x + 1


gens = [g2(i) for i in range(10000)]
total = 0
for x in gens:
    total += next(x)
for x in gens:
    total += next(x)
print(total)
del gens


def cycle():
    me = yield
    yield me


c = cycle()
next(c)
c.send(c)
del c
print(gc.collect() >= 0)


def excgen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield 1
        import sys
        yield repr(sys.exc_info()[1])


e = excgen()
print(next(e))
try:
    raise KeyError("outside")
except KeyError:
    print(next(e))
import sys
print(sys.exc_info())


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 15)))
print(sum(x for x in range(100) if x % 3))
print([y for y in (z * 2 for z in range(5))])
