import copy, types
class P:
    def __init__(self, x, items):
        self.x = x; self.items = items
p = P(1, [1, [2, 3]])
s = copy.copy(p); d = copy.deepcopy(p)
print(s.items is p.items, d.items is p.items, d.items[1] is p.items[1], d.items == p.items)
l = [1, 2]; l.append(l)
dl = copy.deepcopy(l)
print(dl[2] is dl, dl is not l)
class Custom:
    def __init__(self): self.v = [1]
    def __copy__(self):
        print("copy called"); c = Custom(); c.v = self.v; return c
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__); c = Custom(); c.v = copy.deepcopy(self.v, memo); return c
c = Custom(); copy.copy(c); copy.deepcopy(c)
print(copy.deepcopy({"a": (1, [2]), "b": {3}}), copy.copy((1, 2)) , copy.deepcopy(frozenset({1})))
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
sc = copy.deepcopy(Slots()); print(sc.a, sc.b)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(3)).v, copy.deepcopy(R(4)).v)
try:
    copy.deepcopy(iter([]))
except TypeError as e:
    print("TypeError", e)
print(copy.Error, copy.error is copy.Error)
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns == types.SimpleNamespace(a=1, b="x"), repr(types.SimpleNamespace()))
ns.c = 3; del ns.a; print(ns, vars(ns))
print(types.FunctionType, types.LambdaType, types.GeneratorType, types.MethodType, types.BuiltinFunctionType, types.ModuleType)
m = types.ModuleType("mymod", "doc")
print(m.__name__, m.__doc__)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.x, C.__name__)
print(types.resolve_bases((int,)), types.prepare_class("D")[0])
def gen(): yield
print(isinstance(gen(), types.GeneratorType), isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(types.MappingProxyType({'a': 1})['a'])
