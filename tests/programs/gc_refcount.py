import sys

class A:
    pass

def show(label, before, after):
    print(label, after - before)

x = A()
base = sys.getrefcount(x)
print("fresh", base)
l = []
b = sys.getrefcount(x); l.append(x); show("append", b, sys.getrefcount(x))
b = sys.getrefcount(x); y = x; show("local binding", b, sys.getrefcount(x))
b = sys.getrefcount(x); del y; show("del", b, sys.getrefcount(x))
b = sys.getrefcount(x); d = {'k': x}; show("dict value", b, sys.getrefcount(x))
b = sys.getrefcount(x); t = (x, x); show("tuple twice", b, sys.getrefcount(x))
b = sys.getrefcount(x); l2 = [x] * 3; show("list repeat", b, sys.getrefcount(x))
b = sys.getrefcount(x); l.pop(); show("pop", b, sys.getrefcount(x))
b = sys.getrefcount(x); del d, t, l2; show("del containers", b, sys.getrefcount(x))

def f(arg):
    return sys.getrefcount(arg)
print("argument", f(x) - sys.getrefcount(x))

def g(arg):
    inner = arg
    return sys.getrefcount(arg)
print("argument + local", g(x) - sys.getrefcount(x))

b = sys.getrefcount(x); x.me = x; show("attribute self", b, sys.getrefcount(x))
del x.me
b = sys.getrefcount(x); s = {x}; show("set", b, sys.getrefcount(x))
b = sys.getrefcount(x); s.discard(x); show("discard", b, sys.getrefcount(x))
b = sys.getrefcount(x)
for item in [x]:
    pass
show("loop var", b, sys.getrefcount(x))
del item
b = sys.getrefcount(x); lst = [1, 2]; lst.insert(0, x); lst.remove(x); show("insert/remove", b, sys.getrefcount(x))
b = sys.getrefcount(x); lc = [x for _ in range(4)]; show("comprehension", b, sys.getrefcount(x))
del lc
b = sys.getrefcount(x); dd = dict.fromkeys([x], x); show("fromkeys", b, sys.getrefcount(x))
del dd
print("str literal >= 2", sys.getrefcount("some literal text") >= 2)
print("small int", sys.getrefcount(5) > 1000)
print("None", sys.getrefcount(None) > 1000)
lst = [1, 2, 3]
print("new list", sys.getrefcount([1, 2]), sys.getrefcount(lst))
def h(): pass
print("function", sys.getrefcount(h))
print("class", sys.getrefcount(A) > 3)
