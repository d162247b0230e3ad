import asyncio, time
# Deterministic under load: every printed order follows from the order of timer deadlines
# or of the ready queue, never from how long the machine took between two steps.

async def work(name, d, after=0):
    print('start', name)
    # Start the timer only after the tasks started with it have started theirs, so a
    # longer sleep always ends later, however slow the machine is.
    for _ in range(after):
        await asyncio.sleep(0)
    await asyncio.sleep(d)
    print('end', name)
    return name * 2

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError('boom')

async def main():
    t0 = time.monotonic()
    r = await asyncio.gather(work('a', 0.05, after=1), work('b', 0.01), work('c', 0.03))
    print(r, time.monotonic() - t0 >= 0.049)
    r = await asyncio.gather(work('x', 0), boom(), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(boom(), work('y', 0.05))
    except ValueError as e:
        print('caught', e)
    t = asyncio.create_task(work('t', 0.1), name='mytask')
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
