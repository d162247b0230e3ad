import asyncio

async def f():
    return 1

async def bad():
    raise KeyError('k')

def cb(fut):
    print('cb', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.add_done_callback(cb)
    print(repr(fut).startswith('<Future pending cb=[cb() at '))
    fut.set_result(3)
    print(fut, fut.done(), fut.cancelled())
    await asyncio.sleep(0)
    try:
        fut.set_result(4)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print(e)
    try:
        f2.exception()
    except asyncio.InvalidStateError as e:
        print(e)
    f2.set_exception(ValueError('v'))
    print(f2, type(f2.exception()).__name__)
    f3 = loop.create_future()
    print(f3.cancel('why'), f3.cancel(), f3)
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print('CancelledError', e.args)
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration)
    except TypeError as e:
        print(e)
    t = asyncio.create_task(f(), name='T')
    print(repr(t).split(' coro=')[0])
    await t
    print(repr(t).split(' coro=')[0], repr(t).endswith('result=1>'))
    t2 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(repr(t2).split(' coro=')[0], repr(t2).endswith("exception=KeyError('k')>"))
    try:
        t2.result()
    except KeyError as e:
        print('KeyError', e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)
    t3 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t3.cancel('stop it')
    try:
        await t3
    except asyncio.CancelledError as e:
        print('cancel msg', e.args)
    print(t3.cancelled(), t3.cancelling())
    h = loop.call_later(10, print)
    print(repr(h).startswith('<TimerHandle when='), h.cancelled())
    h.cancel(); print(h.cancelled())
    h2 = loop.call_soon(print, 'x'); h2.cancel(); print(h2)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), asyncio.isfuture(fut), asyncio.isfuture(1))
    c = f(); print(asyncio.iscoroutine(c)); await c
    print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
    print(await asyncio.sleep(0.001, 'slept'))
    ran = []
    loop.call_soon(ran.append, 'soon')
    await asyncio.sleep(0)
    print(ran)
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('slow cancelled')
            raise
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except asyncio.TimeoutError:
        print('wait_for 0 timed out')
    try:
        async with asyncio.timeout(None) as cm:
            print(cm.when(), cm.expired())
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print('rescheduled timeout', cm.expired())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.01, 'A'))
        b = tg.create_task(asyncio.sleep(0.02, 'B'))
    print(a.result(), b.result())

asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
async def nested():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    c.close()
asyncio.run(nested())
with asyncio.Runner() as r:
    print(r.run(f()), r.get_loop().is_closed())
print(r.get_loop.__name__)
