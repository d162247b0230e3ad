def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def ag():
    yield 1
    yield 2

class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 1:
            raise StopAsyncIteration
        return "x"

async def main():
    a = aiter(ag())
    print(await anext(a), await anext(a), await anext(a, "dflt"))
    try:
        await anext(a)
    except StopAsyncIteration:
        print("stop")
    it = aiter(AIt())
    print(await anext(it, 0), await anext(it, 0))
    print(type(anext(ag())).__name__, type(anext(ag(), 1)).__name__)
    return "done"

print(run(main()))
for bad in (lambda: aiter(1), lambda: anext(1)):
    try:
        bad()
    except TypeError as e:
        print(e)
