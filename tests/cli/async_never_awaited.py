async def f():
    return 1

async def g():
    pass

def make():
    f()

f()
for i in range(3):
    g()
make()
print('end')
x = f()
