import asyncio, sys
async def agen():
    try:
        yield 1
    finally:
        print('agen finally')
async def main():
    loop = asyncio.get_running_loop()
    fin = sys.get_asyncgen_hooks().finalizer
    def myfin(ag):
        print('finalizer called')
        fin(ag)
    sys.set_asyncgen_hooks(finalizer=myfin)
    a = agen()
    await a.__anext__()
    print('del'); del a
    print('after del')
    await asyncio.sleep(0)
    print('after sleep 1')
    await asyncio.sleep(0)
    print('after sleep 2')
asyncio.run(main())
print(sys.get_asyncgen_hooks())
