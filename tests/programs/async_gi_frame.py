import asyncio
def g(a):
    b = a + 1
    yield b
    c = 5
    yield c
x = g(1)
f = x.gi_frame
print(f.f_lineno, f.f_code.co_name, f.f_locals, f.f_back, type(f).__name__)
next(x)
print(x.gi_frame.f_lineno, x.gi_frame.f_locals)
next(x)
print(x.gi_frame.f_lineno, sorted(x.gi_frame.f_locals.items()))
for _ in x: pass
print(x.gi_frame)
async def co():
    await asyncio.sleep(0)
    return 1
c = co()
print(c.cr_frame.f_lineno)
c.close()
print(c.cr_frame)
async def main():
    t = asyncio.create_task(co(), name='t1')
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    print(asyncio.current_task().get_name())
asyncio.run(main())
