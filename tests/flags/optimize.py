"""Module docstring."""
import sys


class C:
    "Class docstring."

    def method(self):
        """Method docstring."""
        return 1


def f():
    "Function docstring."
    assert False, "assert ran"
    return "no assert"


print("flags.optimize", sys.flags.optimize, "__debug__", __debug__)
print("module doc", __doc__)
print("class doc", C.__doc__, "method doc", C.method.__doc__, "function doc", f.__doc__)
try:
    print(f())
except AssertionError as e:
    print("AssertionError", e)
if __debug__:
    print("debug block ran")
else:
    print("debug block skipped")
print("f consts[0]", f.__code__.co_consts[0])
for level in (-1, 0, 1, 2):
    code = compile("assert False, 'x'\nr = __debug__", "<s>", "exec", optimize=level)
    ns = {}
    try:
        exec(code, ns)
        print("optimize", level, "debug", ns["r"])
    except AssertionError:
        print("optimize", level, "assert raised")
code = compile('def g():\n    "doc"\n', "<s>", "exec", optimize=2)
ns = {}
exec(code, ns)
print("optimize 2 doc", ns["g"].__doc__)
