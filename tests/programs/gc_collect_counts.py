import gc

gc.collect()

class A:
    pass

class S:
    __slots__ = ('x', 'y')

def cycle_counts():
    l = []; l.append(l); del l
    print("list self", gc.collect())
    a = []; b = [a]; a.append(b); del a, b
    print("list pair", gc.collect())
    d = {}; d['me'] = d; del d
    print("dict self", gc.collect())
    l = []; t = (l,); l.append(t); del l, t
    print("tuple+list", gc.collect())
    l = []; s = {(1, 2)}; l.append(l); l.append(s); del l, s
    print("list with set", gc.collect())
    x = A(); y = A(); x.y = y; y.x = x; del x, y
    print("instances", gc.collect())
    x = A(); x.me = x; x.__dict__; del x
    print("instance with dict seen", gc.collect())
    def f(): pass
    f.f = f; del f
    print("function", gc.collect())
    print("nothing", gc.collect())

cycle_counts()

class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)

a = D("a"); b = D("b"); a.b = b; b.a = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n > 0)

saved = []
class R:
    def __del__(self):
        print("resurrect")
        saved.append(self)
r = R(); r.me = r; del r
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("after clear", gc.collect())

gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l); del l
gc.collect()
print(len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
gc.collect()

events = []
def cb(phase, info):
    events.append((phase, info['generation'], info['collected']))
gc.callbacks.append(cb)
l = []; l.append(l); del l
gc.collect(1)
gc.callbacks.remove(cb)
print(events)

print(gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(500, 5, 5); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked(A()), gc.is_tracked("s"), gc.is_tracked(1))
x = [1, "two"]
print(gc.get_referents(x))
holder = [x]
print(any(r is holder for r in gc.get_referrers(x)))
gc.freeze(); print(gc.get_freeze_count() > 0); gc.unfreeze(); print(gc.get_freeze_count())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(isinstance(gc.get_objects(), list), all(gc.is_tracked(o) for o in gc.get_objects()[:50]))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
