import itertools

for f in (itertools.combinations, itertools.combinations_with_replacement, itertools.permutations):
    for r in (2**64, 2**62, -1):
        try:
            f(range(5), r)
        except (OverflowError, MemoryError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
for args, kw in [(([1, 2],), dict(repeat=2**60)), (([1, 2],), dict(repeat=2**64)), ((), dict(repeat=-1))]:
    try:
        itertools.product(*args, **kw)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(list(itertools.product(repeat=2**62)), list(itertools.product(repeat=0)))
ran = []


class Watched:
    def __iter__(self):
        ran.append(True)
        return iter([1])


try:
    itertools.product(Watched(), repeat=2**62)
except OverflowError as e:
    print(e, ran)
print([] * 2**62, () * 2**62, '' * 2**62, b'' * 2**62, list(itertools.combinations('abc', 2)))
