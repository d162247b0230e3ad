import asyncio, sys, re
def r(x):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(x))
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
async def main():
    async for v in agen():
        print('v', v)
        break
    print('after break')
    await asyncio.sleep(0)
    print('after sleep')
    a = agen()
    await a.__anext__()
    del a
    print('after del')
    await asyncio.sleep(0)
    print('hooks set', sys.get_asyncgen_hooks().firstiter is not None)
asyncio.run(main())
print('hooks after', sys.get_asyncgen_hooks())

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('child cancelled', n)
        raise
async def m2():
    t = asyncio.create_task(child(1))
    await asyncio.sleep(0)
    t.cancel('why')
    try:
        await t
    except asyncio.CancelledError as e:
        print('got', repr(e), t.cancelled())
    unused = await asyncio.gather(child(2), asyncio.sleep(0, 'x'), return_exceptions=True) if False else None
    g = asyncio.gather(child(3), child(4))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    async def fails():
        raise KeyError('k')
    print(await asyncio.gather(fails(), asyncio.sleep(0, 'ok'), return_exceptions=True))
    try:
        await asyncio.wait_for(child(5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('timeout', type(e), isinstance(e, TimeoutError))
    print(asyncio.get_event_loop() is asyncio.get_running_loop())
    q = asyncio.Queue()
    await q.put(1); print(q.get_nowait(), q.qsize(), r(q))
    e = asyncio.Event(); print(r(e))
    l = asyncio.Lock(); print(r(l))
    async with l: print(r(l))
    s = asyncio.Semaphore(2); print(r(s))
    t = asyncio.current_task(); print(t.get_name(), r(t.get_coro())[:20])
asyncio.run(m2())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, 'ruc')), type(loop.time()))
loop.close()
try:
    asyncio.get_event_loop()
    print('got loop')
except RuntimeError as e:
    print('RE', e)
