# Attribute lookups are cached per (type, name); every way of changing a class must show.
class A:
    x = 1
    def m(self): return "A.m"
class B(A):
    pass
b = B()
for _ in range(3):
    print(b.x, b.m(), B.x)
A.x = 2
print(b.x, B.x)
B.x = 3
print(b.x, A.x)
del B.x
print(b.x)
def m2(self): return "m2"
A.m = m2
print(b.m())
setattr(B, "m", lambda self: "lambda")
print(b.m())
delattr(B, "m")
print(b.m())
del A.m
try:
    b.m()
except AttributeError as e:
    print(e)
# A data descriptor added later wins over the instance dict.
b.p = "instance"
print(b.p)
A.p = property(lambda self: "property")
print(b.p)
# Fresh classes made in a loop (a new class may reuse a freed one's address).
for i in range(200):
    C = type("C", (), {"v": i})
    if C().v != i:
        print("stale", i)
print(C().v)
# Class attribute counters, changed in a loop.
class Counter:
    n = 0
for i in range(1000):
    Counter.n += 1
print(Counter.n, Counter().n)
# Metaclass attributes and class-level lookups.
class Meta(type):
    tag = "meta"
class D(metaclass=Meta):
    pass
print(D.tag)
Meta.tag = "meta2"
print(D.tag)
# Long names (beyond the cache's key size) still work.
class L:
    a_very_long_attribute_name_that_is_not_cached = 1
L.a_very_long_attribute_name_that_is_not_cached = 2
print(L().a_very_long_attribute_name_that_is_not_cached)
