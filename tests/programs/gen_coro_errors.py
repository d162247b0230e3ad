async def f():
    return 1

c = f()
try:
    c.send(5)
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
c.close()

c = f()
for what in ("iter", "next"):
    try:
        iter(c) if what == "iter" else next(c)
    except TypeError as e:
        print(e)
c.close()

def gen():
    yield 1
g = gen()
print(g.gi_suspended, g.gi_yieldfrom, g.gi_running)
next(g)
print(g.gi_suspended)
list(g)
print(g.gi_suspended, g.gi_frame)

class Aw:
    def __await__(self):
        yield "x"

async def waiter():
    await Aw()
w = waiter()
print(w.send(None), w.cr_await is not None, w.cr_running)
w.close()
print(w.cr_await, w.cr_frame)

async def ag():
    yield 1
a = ag()
print(a.ag_running, a.ag_await, type(a.__anext__()).__name__, type(a.athrow(ValueError)).__name__)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
