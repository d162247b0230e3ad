import inspect, functools

def g(x, y=2, /, z=3, *, w):
    pass

class C:
    def meth(self, q, *, r=1):
        pass

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def decorated(a,
              b=(1,
                 2)):
    # comment inside
    return a

    # trailing comment, then a blank line

def after(): return 1
square = lambda v: v * v

class M:
    """A class."""
    a = 1

    def b(self):
        return [
            1,
        ]

print(inspect.getsource(g))
print(inspect.getsource(C.meth))
print(inspect.getsource(decorated))
print(inspect.getsourcelines(after))
print(inspect.getsource(square))
print(inspect.getsource(M))
print(inspect.getsourcelines(M.b)[1])
print(inspect.getcomments(C.meth), inspect.getdoc(M))
print(inspect.getsourcefile(g).endswith("lib2_inspect_source.py"), inspect.getmodule(g).__name__)
try:
    inspect.getsource(len)
except TypeError as e:
    print("TypeError", e)

def with_doc():
    """First line.
Second line at column zero.
"""
    x = (1,
2)
    return x
print(inspect.getsource(with_doc))

class Outer:
    class Inner:
        def deep(self):
            if True:
                return 1
print(inspect.getsource(Outer.Inner.deep))
print(inspect.getsource(Outer))
