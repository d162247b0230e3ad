lst = [3, 1, 2]
lst.append(5); lst.extend([9, 0]); lst.insert(0, 7)
print(lst, len(lst), lst[1], lst[-1], lst[1:4], lst[::-2])
lst.sort(); print(lst); lst.reverse(); print(lst, lst.pop(), lst.pop(0), lst.index(3))
lst[1:3] = ["a", "b", "c"]; print(lst); del lst[0]; print(lst)
print(sorted([5, 2, 8], reverse=True), sorted(["bb", "a", "ccc"], key=len), [1, 2] + [3], [0] * 3)
t = (1, "two", 3.0)
print(t, t[1], t[-2:], len(t), (1,), (), tuple([1, 2]), t.index(3.0), (1, 2) < (1, 3))
a, *rest = [1, 2, 3, 4]; x, (y, z) = 1, (2, 3)
print(a, rest, x, y, z)
d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10
print(d, d["b"], d.get("z"), d.get("z", 0), len(d), "a" in d, list(d.keys()), list(d.values()), list(d.items()))
del d["b"]; print(d, d.pop("c"), d, d.setdefault("q", []), d)
print({k: v * 2 for k, v in [("x", 1), ("y", 2)]}, dict(a=1, b=2), dict([(1, 2)]), {**d, "new": 1})
s = {3, 1, 2}
print(s, {100, 5, 37}, len(s), 2 in s, s | {9}, s & {1, 9}, s - {1}, s ^ {1, 8}, set(), frozenset([2, 1]))
s.add(4); s.discard(1); s.remove(2); print(s, sorted(s))
print([x * x for x in range(6) if x % 2], {x % 3 for x in range(10)}, list(range(10, 0, -3)))
print(list(zip([1, 2, 3], "abc")), list(enumerate("xy", 1)), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed([1, 2, 3])), any([0, 0, 1]), all([1, 1, 0]), range(5), range(1, 10, 2)[2], len(range(0, 100, 7)))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0], [row[:] for row in nested])
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m)
print(sum(x for x in range(5)), max("abc"), min([3, 1], key=lambda v: -v), list(range(3)) == [0, 1, 2])
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset({1, 2})), hash("") == hash(""))
print(sorted({"b": 1, "a": 2}.items()), [1, 2, 3][::-1], "".join(sorted("hello")))
print(slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, 5, 2)], bool([]), bool([0]), bool({}), bool(""))
