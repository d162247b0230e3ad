from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def main():
    async with resource("a") as r:
        print("using", r)
    try:
        async with resource("b"):
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("c"))
        y = stack.enter_context(nullcontext("sync"))
        async def cb(msg):
            print("async callback", msg)
        stack.push_async_callback(cb, "bye")
        stack.callback(print, "sync callback")
        print("stack", x, y)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen closed")
    async with aclosing(agen()) as g:
        async for v in g:
            print("got", v)
            break
    async with nullcontext(7) as n:
        print("null", n)
    @resource("deco")
    async def decorated():
        print("in decorated")
    await decorated()
    return "done"

print(run(main()))
