import types
m = types.ModuleType("mymod")
print(m, m.__name__, m.__doc__, repr(m.__dict__.get("__package__")))
m2 = types.ModuleType("other", "the doc")
print(m2.__doc__)
m.x = 5
print(m.x, "x" in dir(m))
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
class Sub(types.ModuleType):
    pass
s = Sub("s")
print(type(s).__name__, s.__name__, isinstance(s, types.ModuleType))
