import gc

class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

x = D("x"); print("before del"); del x; print("after del")
y = D("y1"); y = D("y2"); print("rebound")
l = [D("l1"), D("l2"), D("l3")]; print("clearing"); l.clear(); print("cleared")
l = [D("m1"), D("m2")]; del l; print("list dropped")
d = {"a": D("da"), "b": D("db")}; d.clear(); print("dict cleared")

def f():
    a = D("local a")
    b = D("local b")
    print("returning")
f(); print("after f")

def g():
    return D("returned")
g(); print("after g")

t = (D("t1"), D("t2")); del t; print("tuple gone")

class Holder:
    def __init__(self): self.child = D("child")
    def __del__(self): print("del holder")
h = Holder(); del h; print("holder gone")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
it = gen(); next(it); del it; print("gen gone")

c1 = D("c1"); c2 = D("c2"); c1.o = c2; c2.o = c1
del c1, c2
print("cycle unreachable")
gc.collect()
print("collected")

class Once:
    def __del__(self):
        print("once")
        global keep
        keep = self
o = Once(); del o
print("resurrected", type(keep).__name__)
del keep
print("end of resurrection")
y = None
print("done")
