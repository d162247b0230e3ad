def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-last"

g = outer()
print(next(g), g.send("a"), g.send("b"))
g = outer()
print(next(g))
print(g.gi_yieldfrom is not None)
print(g.throw(ValueError("boom")))
print(next(g))
g = outer(); next(g); g.close()
print("closed")

def deleg():
    r = yield from [1, 2, 3]
    print("list result", r)
    r = yield from range(2)
    return r
print(list(deleg()))

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("it-ret")
        return self.n
    def send(self, v):
        print("It.send", v)
        return self.__next__()
    def close(self): print("It.close")

def use():
    r = yield from It()
    print("r =", r)
u = use(); print(next(u)); print(u.send("zz"))
try:
    next(u)
except StopIteration:
    print("stopped")
u = use(); next(u); u.close()

def chain(n):
    if n == 0:
        r = yield "leaf"
        return r
    return (yield from chain(n - 1)) + 1
c = chain(50)
print(next(c))
try:
    c.send(0)
except StopIteration as e:
    print("chain", e.value)

def thrower():
    yield from thrower_inner()
def thrower_inner():
    yield 1
t = thrower(); next(t)
try:
    t.throw(KeyError, "kk")
except KeyError as e:
    print("out", repr(e))
print(t.gi_yieldfrom)

def exc_in_sub():
    yield 1
    raise IndexError("sub")
def top():
    try:
        yield from exc_in_sub()
    except IndexError as e:
        print("top caught", e)
    yield 9
print(list(top()))
