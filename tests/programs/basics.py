x = 1 + 2
print(x, "hello", 3.5, None, True)
def f(a, b=2, *args, **kw):
    return a + b, args, kw
print(f(1))
print(f(1, 3, 4, 5, z=6))
l = [3, 1, 2]
l.sort()
print(l, len(l), l[-1], l[::-1])
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, list(d.keys()), d.get("z", 0))
for i in range(3):
    print(i, end=" ")
print()
s = "Hello, World"
print(s.upper(), s.split(", "), s[1:4], s.find("W"))
print([i * i for i in range(5)], {i: i % 2 for i in range(4)}, {1, 2, 3})
print(2 ** 100, -7 // 2, -7 % 3, 7 / 2)
t = (1, "a", [2])
print(t, repr("it's"))
