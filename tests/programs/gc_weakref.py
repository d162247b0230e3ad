import weakref, gc

class A:
    def __init__(self, n=0): self.n = n
    def method(self): return self.n
    def __repr__(self): return "A(%d)" % self.n

a = A(1)
r = weakref.ref(a)
print(r() is a, r.__callback__, weakref.getweakrefcount(a), weakref.ref(a) is r)
log = []
r2 = weakref.ref(a, lambda w: log.append(("cb", w is r2, w())))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), r2 == r, hash(r) == hash(a))
del a
print(r(), log, r2.__callback__)
print(repr(r).endswith("; dead>"))

for v in (1, "s", (1,), [1], {1: 2}, None, b"x", 2.5):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)

a = A(2)
p = weakref.proxy(a)
print(p.n, p.method(), type(p).__name__, repr(p).startswith("<weakproxy at"))
p.n = 5
print(a.n)
del a
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)

def func(): return 42
cp = weakref.proxy(func)
print(type(cp).__name__, cp())

class B:
    pass
objs = [B() for _ in range(3)]
wvd = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    wvd[i] = o
print(len(wvd), sorted(wvd.keys()))
del objs[1]
print(len(wvd), sorted(wvd.keys()), 1 in wvd, wvd.get(1, "gone"))

wkd = weakref.WeakKeyDictionary()
k1, k2 = B(), B()
wkd[k1] = "one"; wkd[k2] = "two"
print(len(wkd), wkd[k1])
del k1
print(len(wkd), list(wkd.values()))

ws = weakref.WeakSet()
m1, m2 = B(), B()
ws.add(m1); ws.add(m2)
print(len(ws), m1 in ws)
del m2
print(len(ws))
for item in ws:
    print(item is m1)

a = A(7)
wm = weakref.WeakMethod(a.method)
print(wm()(), wm() == a.method)
plain = weakref.ref(a.method)
print(plain())
del a
print(wm())

def done(*args, **kw):
    print("finalized", args, kw)
    return "result"
a = A(3)
f = weakref.finalize(a, done, 1, k=2)
print(f.alive, f.peek()[1] is done)
del a
print(f.alive, f())
a = A(4)
f = weakref.finalize(a, done, "called")
print(f(), f.alive, f())
a = A(5)
f = weakref.finalize(a, done)
print(f.detach()[0], f.alive)

c1 = A(8); c2 = A(9); c1.o = c2; c2.o = c1
w = weakref.ref(c1, lambda _: print("cycle member died"))
del c1, c2
print("collect")
gc.collect()
print(w())

class Sub(weakref.ref):
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
a = A(10)
s = Sub(a, None, "x")
print(s() is a, s.extra, s is not weakref.ref(a), isinstance(s, weakref.ref))
print("end")
