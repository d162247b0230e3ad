async def f():
    yield 1
