import asyncio, sys
async def agen():
    try:
        yield 1
    finally:
        print('agen finally')
async def main():
    loop = asyncio.get_running_loop()
    a = agen()
    await a.__anext__()
    loop.call_soon(print, 'soon before del')
    del a
    loop.call_soon(print, 'soon after del')
    print('after del')
    await asyncio.sleep(0)
    print('after sleep 1')
    await asyncio.sleep(0)
    print('after sleep 2')
asyncio.run(main())
