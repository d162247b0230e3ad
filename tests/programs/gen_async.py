class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ("suspend", self.v)
        return x

async def coro(a):
    r = await Awaitable(a)
    print("coro resumed with", r)
    return r * 2

def run(c, sends=()):
    try:
        v = c.send(None)
        print("yielded", v)
        for s in sends:
            v = c.send(s)
            print("yielded", v)
    except StopIteration as e:
        print("result", e.value)

run(coro(1), [10])
c = coro(2)
print(repr(c).startswith("<coroutine object coro at"), type(c).__name__)
c.close()

async def nested():
    x = await coro(3)
    y = await coro(4)
    return x + y
run(nested(), [1, 2])

class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        await Awaitable(self.i)
        return self.i

async def loop():
    out = []
    async for x in AIter(3):
        out.append(x)
    return out
run(loop(), [None] * 5)

class ACM:
    async def __aenter__(self):
        print("aenter")
        return "val"
    async def __aexit__(self, t, e, tb):
        print("aexit", t)
        return True

async def with_():
    async with ACM() as v:
        print("inside", v)
        raise ValueError
    return "ok"
run(with_())

async def agen(n):
    for i in range(n):
        got = yield i
        if got:
            print("agen got", got)
    print("agen done")

async def use_agen():
    out = []
    async for v in agen(3):
        out.append(v)
    g = agen(2)
    print(await g.asend(None))
    print(await g.asend("hi"))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    g = agen(5)
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed agen")
    return out
run(use_agen())

async def athrow_demo():
    async def ag():
        try:
            yield 1
        except KeyError:
            yield "handled"
    g = ag()
    print(await g.__anext__())
    print(await g.athrow(KeyError))
    print(type(g).__name__, repr(g).startswith("<async_generator object"))
run(athrow_demo())

async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print(e)

async def bad_for():
    async for x in [1]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(e)

async def bad_with():
    async with object():
        pass
try:
    run(bad_with())
except TypeError as e:
    print(e)

async def raises_stop():
    raise StopIteration
try:
    run(raises_stop())
except RuntimeError as e:
    print(e)

async def comp():
    return [x async for x in agen(3)]
run(comp())
