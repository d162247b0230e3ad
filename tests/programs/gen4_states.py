import asyncio, types, inspect
async def ag():
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    finally:
        print('fin')
async def bad():
    try:
        yield 1
    finally:
        yield 2
async def main():
    a = ag()
    try:
        await a.asend(5)
    except TypeError as e:
        print('TE', e)
    print(await a.asend(None), a.ag_running)
    print(await a.__anext__())
    await a.aclose(); await a.aclose()
    print(a.ag_frame, a.ag_running)
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print('SAI')
    b = bad()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print('RE', e)
    c = ag()
    try:
        await c.athrow(KeyError, KeyError('x'))
    except KeyError as e:
        print('KE unstarted', e)
    print(c.ag_frame)
    d = ag()
    await d.__anext__()
    try:
        await d.athrow(ValueError('v'))
    except ValueError as e:
        print('VE', e)
    op = ag().asend(None)
    print(type(op).__name__, inspect.isawaitable(op))
    op.close()
    print(inspect.isasyncgen(d), inspect.isasyncgenfunction(ag), inspect.iscoroutinefunction(main))
    print(inspect.getgeneratorstate((x for x in [])), inspect.getcoroutinestate(main()) if False else '')
    def gg():
        yield 1
    g = gg()
    print(inspect.getgeneratorstate(g)); next(g); print(inspect.getgeneratorstate(g)); g.close(); print(inspect.getgeneratorstate(g))
    cc = main.__call__ if False else None
    async def co():
        await asyncio.sleep(0)
    x = co()
    print(inspect.getcoroutinestate(x)); x.send(None); print(inspect.getcoroutinestate(x)); x.close(); print(inspect.getcoroutinestate(x))
    print(asyncio.iscoroutine(x))
asyncio.run(main())
def g2():
    yield 1
g = g2()
print(g.gi_suspended, end=' '); next(g); print(g.gi_suspended)
print(g.gi_frame.f_lasti >= 0, g.gi_frame.f_back, g.gi_frame.f_globals is globals())
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print('RE', e, type(e.__cause__).__name__)
def me():
    yield gen.gi_running
    next(gen)
gen = me()
print(next(gen))
try:
    next(gen)
except ValueError as e:
    print('VE', e)
g = g2()
try:
    g.send(1)
except TypeError as e:
    print(e)
print(g.throw(ValueError, None, None) if False else 'x')
try:
    g.throw(ValueError, ValueError(3), 5)
except TypeError as e:
    print(e)
try:
    g.throw(1)
except TypeError as e:
    print(e)
