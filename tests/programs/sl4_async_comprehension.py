import asyncio
from types import AsyncGeneratorType


async def f_async(x):
    await asyncio.sleep(0)
    return x


async def f_aiter():
    for i in range(3):
        await asyncio.sleep(0)
        yield i


async def main():
    print([await f_async(i) for i in range(3)])
    print({await f_async(i) for i in range(3)})
    print({i: await f_async(i) for i in range(3)})
    print({await f_async(i): i for i in range(3)})
    print([await f_async(i) async for i in f_aiter()])
    print([[await f_async(j) for j in range(i)] for i in range(3)])
    g = (await f_async(i) for i in range(3))
    print(isinstance(g, AsyncGeneratorType), [x async for x in g])
    print([x for x in [await f_async(5)]])


asyncio.run(main())
for src in ("def f():\n    return [await x for y in z]\n", "def f():\n    return (await x for y in z)\n"):
    try:
        compile(src, 't', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e.msg)
