import asyncio, time

async def work(name, d):
    print('start', name)
    await asyncio.sleep(d)
    print('end', name)
    return name * 2

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError('boom')

async def main():
    t0 = time.monotonic()
    r = await asyncio.gather(work('a', 0.05), work('b', 0.01), work('c', 0.03))
    print(r, 0.04 < time.monotonic() - t0 < 0.2)
    r = await asyncio.gather(work('x', 0), boom(), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(boom(), work('y', 0.02))
    except ValueError as e:
        print('caught', e)
    t = asyncio.create_task(work('t', 0.01), name='mytask')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__)
    print(await asyncio.wait_for(work('w', 0.01), 1))
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled', t2.cancelled())
    print(asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(loop.time() > 0, asyncio.iscoroutinefunction(work), asyncio.iscoroutine(t))
    async with asyncio.timeout(0.02):
        pass
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout ctx')
    return 'done'

print(asyncio.run(main()))
