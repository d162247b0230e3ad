def g(i):
    x = i
    yield x
    yield x + 1
gens = [g(i) for i in range(100000)]
total = 0
for it in gens:
    total += next(it)
print(total, len(gens))
