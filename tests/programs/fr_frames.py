# Frames as one block (locals, cells, stack): behaviour that touches every part of it.
import sys


def locals_after_exception():
    a = 1
    try:
        b = 2
        raise ValueError("x")
    except ValueError as e:
        c = str(e)
    return sorted(locals().items())


print(locals_after_exception())


def cells_and_args(x, *args, k=3, **kw):
    def inner():
        return x, args, k, kw
    x = x + 1
    return inner()


print(cells_and_args(1, 2, 3, k=4, z=5))
print(cells_and_args(10))


class Base:
    def who(self):
        return "Base"


class Derived(Base):
    def who(self):
        return "Derived>" + super().who()

    def arg_cell(self):
        f = lambda: self
        return super().who(), f() is self


print(Derived().who(), Derived().arg_cell())


def deep(n):
    if n == 0:
        return sys._getframe().f_back.f_code.co_name
    return deep(n - 1)


print(deep(50))


def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    del y
    try:
        del y
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


def free_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 2
    return inner()


print(free_unbound())


def gen_locals(a):
    b = a * 2
    yield b
    c = b + 1
    yield c


g = gen_locals(5)
print(g.gi_frame.f_locals)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
print(list(g), g.gi_frame)


def wide(*a):
    return len(a), sum(a)


print(wide(*range(1000)))
print([1, 2, *range(300), 4][-3:])
print(eval("(" + "+".join(["1"] * 500) + ")"))


def kwonly(a, b=2, *, c, d=4):
    return a, b, c, d


print(kwonly(1, c=3), kwonly(1, 5, c=6, d=7))
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly(1, 2, 3, c=1)
except TypeError as e:
    print(e)


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)


class Meta:
    x = 1
    y = [x for _ in range(2)] if False else 2
    def m(self):
        return self.x + self.y


print(Meta().m())
ns = {}
exec("a = 1\nb = a + 1\ndef f():\n    return b * 10\nc = f()", ns)
print(ns["c"])
