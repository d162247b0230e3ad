# __getattr__/__getattribute__/__setattr__ defined in the class, inherited, or added later
# (after subclasses exist) must all be honoured.
class Plain:
    pass
p = Plain()
p.x = 1
print(p.x, getattr(p, "y", "default"))

class G:
    def __getattr__(self, name):
        return "G." + name
class GSub(G):
    pass
print(G().a, GSub().b)

class S:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
class SSub(S):
    pass
s = SSub(); s.v = 21; print(s.v)

class Base:
    pass
class Derived(Base):
    pass
d = Derived()
try:
    d.missing
except AttributeError as e:
    print(e)
Base.__getattr__ = lambda self, name: "late:" + name
print(d.missing, Derived().other)
def late_setattr(self, name, value):
    object.__setattr__(self, name, str(value) + "!")
Base.__setattr__ = late_setattr
d.w = 5
print(d.w)
del Base.__setattr__
d.w = 6
print(d.w)

class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
class GASub(GA):
    def method(self):
        return "method"
g = GASub()
print(g.magic, g.method())
