import sys, types, gc
def gen():
    print('running?', g.gi_running)
    x = yield 1
    yield x
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom, g.__name__, g.__qualname__)
next(g)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, g.gi_frame.f_locals, g.gi_frame.f_back)
def deleg():
    yield from gen2()
def gen2():
    yield 1
d = deleg(); next(d); print(d.gi_yieldfrom.__name__, type(d.gi_yieldfrom).__name__)
def ig():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ig(); next(i)
try: i.close()
except RuntimeError as e: print('RE', e)
del i; gc.collect()
async def co():
    return 1
c = co()
print(c.cr_running, c.cr_frame is not None, c.cr_code.co_name, c.cr_await, c.cr_origin, c.__name__, c.__qualname__)
c.close()
async def ag():
    yield 1
    yield 2
a = ag()
print(a.ag_running, a.ag_frame is not None, a.ag_code.co_name, a.ag_await, a.__name__, a.__qualname__)
print(type(a.__anext__()).__name__, type(a.asend(None)).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = co()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(0)
hooks = sys.get_asyncgen_hooks()
print(hooks, hooks.firstiter, hooks.finalizer)
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
async def main():
    a = agen()
    print(await a.__anext__())
    await a.aclose()
    print(a.ag_frame)
    a = agen()
    print(await a.asend(None))
    try:
        await a.athrow(ValueError('x'))
    except ValueError as e:
        print('athrow VE', e)
    a = agen()
    async for v in a:
        print('v', v); break
    print('broke')
    a2 = agen()
    print(await anext(a2))
asyncio.run(main())
print('end')
