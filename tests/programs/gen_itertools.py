import itertools
from itertools import *

print([n for n in dir(itertools) if not n.startswith("__")])
print(repr(count()), repr(count(5)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(2, 3)))
print(repr(repeat("a")), repr(repeat(1, 3)), repr(repeat(1, -3)))
c = count(10, 2); print(next(c), next(c), c)
print(list(islice(count(), 5)), list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(islice(cycle("abc"), 7)))
print(list(repeat(7, 3)), list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gb = groupby("aabb"); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2))
print(list(pairwise("ABCDE")), list(pairwise("A")))
print(list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(range(4)); print(next(a), list(a), list(b))
print(len(tee([1], 3)), tee([1], 0))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()))
print(list(product("ab", range(2))), list(product(range(2), repeat=2)), list(product()))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations([], 1)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("A", 2)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 0)))
print(type(chain()), type(count()).__name__, type(tee([])[0]).__name__)

# lazy: infinite inputs are fine
print(next(filterfalse(lambda x: x < 100, count())), next(dropwhile(lambda x: x < 50, count())))
print(list(zip(count(1), "abc")))

for name, thunk in [
    ('count("a")', lambda: count("a")),
    ('repeat()', lambda: repeat()),
    ('islice([1], -1)', lambda: islice([1], -1)),
    ('islice([1], 1, 2, 0)', lambda: islice([1], 1, 2, 0)),
    ('islice([], "a")', lambda: islice([], "a")),
    ('islice([], -1, 3)', lambda: islice([], -1, 3)),
    ('combinations([1], -1)', lambda: combinations([1], -1)),
    ('tee([], -1)', lambda: tee([], -1)),
    ('permutations([1], -1)', lambda: permutations([1], -1)),
    ('product([1], repeat=-1)', lambda: product([1], repeat=-1)),
    ('combinations([1])', lambda: combinations([1])),
    ('takewhile(1)', lambda: takewhile(1)),
    ('dropwhile(None)', lambda: dropwhile(None)),
    ('islice()', lambda: islice()),
    ('repeat(1, 2, 3)', lambda: repeat(1, 2, 3)),
    ('list(chain(1))', lambda: list(chain(1))),
    ('cycle(1)', lambda: cycle(1)),
    ('product(1)', lambda: product(1)),
    ('list(starmap(1, [(1,)]))', lambda: list(starmap(1, [(1,)]))),
]:
    try:
        thunk()
        print(name, "ok")
    except Exception as e:
        print(name, type(e).__name__, e)
