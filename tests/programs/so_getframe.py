# sys._getframe: depth, callers through f_back, the frame's code, globals, locals and
# repr, and CPython's argument errors.
import sys
def outer(a):
    b = a + 1
    return inner(b)
def inner(c):
    f = sys._getframe()
    g = sys._getframe(1)
    print(f.f_code.co_name, f.f_back.f_code.co_name, g.f_code.co_name == f.f_back.f_code.co_name)
    print(g.f_locals, g.f_lineno, g.f_globals is globals())
    print(sys._getframe(2).f_code.co_name, sys._getframe(2).f_back)
    print(f.f_lasti > 0, type(f).__name__, f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
    r = repr(g)
    print(r.startswith('<frame at 0x'), r[r.index(','):])
    print(sys._getframe(-5).f_code.co_name)
    for args in [('x',), (1, 2)]:
        try:
            sys._getframe(*args)
        except TypeError as e:
            print(e)
    try:
        sys._getframe(50)
    except ValueError as e:
        print(e)
    return 1
outer(1)
print(sys._getframe().f_back, sys._getframe(0).f_code.co_filename == __file__)
class C:
    x = 1
    print(sys._getframe().f_locals['x'], sys._getframe().f_code.co_name)
print([sys._getframe(0).f_code.co_name for _ in range(1)])
