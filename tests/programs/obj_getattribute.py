calls = []
class C:
    def __getattribute__(self, name):
        calls.append(name)
        if name == "missing":
            raise AttributeError("custom miss")
        if name == "real":
            return object.__getattribute__(self, name)
        return "value:" + name
    def method(self):
        return 1
c = C()
c.real = 5
print(hasattr(c, "missing"), calls)
print(getattr(c, "missing", None), c.present, c.method, c.real)
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)

class G:
    def __getattribute__(self, name):
        if name.startswith("x"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
    def hello(self):
        return "hi"
g = G()
print(g.xyz, g.hello())
g.y = 3
print(g.y, g.__dict__)
class H(G):
    pass
print(H().xa, H().hello())
print(calls)
