import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')
log = []


async def handler(n):
    request_id.set(f'req-{n}')
    await asyncio.sleep(0.001 * (3 - n))
    inner = await asyncio.create_task(child())
    log.append((n, request_id.get(), inner))


async def child():
    await asyncio.sleep(0)
    return request_id.get()


async def main():
    request_id.set('main')
    await asyncio.gather(*(handler(i) for i in range(3)))
    print(sorted(log))
    print('main sees', request_id.get())
    ctx = contextvars.copy_context()
    print(ctx[request_id], request_id in ctx, len(ctx) >= 1)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(lambda f: seen.append(request_id.get()))
    request_id.set('changed')
    fut.set_result(1)
    await asyncio.sleep(0)
    print('callback saw', seen)
    other = contextvars.Context()
    t = asyncio.create_task(child(), context=other)
    print('explicit context:', await t)
    print(await asyncio.to_thread(request_id.get))


print('before', request_id.get())
asyncio.run(main())
print('after', request_id.get())

# Context as a mapping, tokens, errors
v = contextvars.ContextVar('v', default=0)
w = contextvars.ContextVar('w')
t = v.set(5)
print(t.var is v, t.old_value, contextvars.Token.MISSING, t.old_value is contextvars.Token.MISSING)
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is w)
print(w.get(3), v.get(), v.name)
ctx = contextvars.copy_context()
print(len(ctx), ctx[v], ctx.get(w, 'dflt'), list(ctx.values()))
try:
    ctx[w]
except KeyError as e:
    print('KeyError', e.args[0] is w)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
def reenter():
    ctx.run(reenter)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', 'is already entered' in str(e))
try:
    contextvars.Context()[1]
except TypeError as e:
    print(e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(e)
print(contextvars.ContextVar[int])
try:
    contextvars.Token()
except RuntimeError as e:
    print(e)
try:
    contextvars.Context(1)
except TypeError as e:
    print(e)
try:
    v.name = 'x'
except AttributeError as e:
    print(type(e).__name__)
ctx2 = contextvars.copy_context()
tok = ctx2.run(v.set, 3)
try:
    v.reset(tok)
except ValueError as e:
    print('ValueError', 'different Context' in str(e))
tok2 = w.set(1)
try:
    v.reset(tok2)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
try:
    v.reset(1)
except TypeError as e:
    print(e)
try:
    class X(contextvars.ContextVar):
        pass
except TypeError as e:
    print(e)
print(ctx == ctx.copy(), ctx2[v], v.get(), v in ctx2)
print(type(ctx).__module__, type(ctx).__name__, repr(ctx).startswith('<_contextvars.Context object at 0x'))
print(repr(v).startswith("<ContextVar name='v' default=0 at 0x"), repr(w).startswith("<ContextVar name='w' at 0x"))
