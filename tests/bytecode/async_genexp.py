async def f():
    return [y async for y in (x async for x in a)]
