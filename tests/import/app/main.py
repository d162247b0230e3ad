import sys
import pkg
import pkg.sub.deep as deep
from pkg import helper, VALUE as V
from pkg.sub import *
import circ_a
from star_all import *
import importlib

print("main: pkg", pkg.__name__, pkg.__package__, pkg.__path__[0].endswith("pkg"))
print("helper", helper.__name__, helper.__package__, helper.twice(21))
print("V", V)
print("deep", deep.__name__, deep.where())
print("star from sub:", exported, sorted(k for k in globals() if k.startswith("_hidden")))
print("star_all:", public_a, "public_b" in globals(), "_private" in globals())
print("circ", circ_a.A, circ_a.from_b)
print("cached once:", sys.modules["pkg.helper"] is helper, helper.LOADS)
print("file", pkg.__file__.endswith("pkg/__init__.py"), helper.__file__.endswith("helper.py"))
m = importlib.import_module("pkg.helper")
print("import_module", m is helper)
m2 = importlib.import_module(".helper", "pkg")
print("relative import_module", m2 is helper)
r = importlib.reload(helper)
print("reload", r is helper, helper.LOADS)
print("__import__", __import__("pkg.sub").__name__, __import__("pkg.sub", fromlist=["x"]).__name__)

for name in ["nosuch", "pkg.nosuch", "pkg.helper.x"]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print("MNF", e, e.name)

try:
    from pkg import nothing_here
except ImportError as e:
    print("IE", str(e).split(" (")[0])

try:
    import circ_bad_a
except ImportError as e:
    print("circular:", str(e).split(" (most")[0], "(most" in str(e))

try:
    from . import x
except ImportError as e:
    print("rel:", e)

try:
    import pkg.broken
except ZeroDivisionError as e:
    print("broken:", e, "pkg.broken" in sys.modules)
from pkg import beyond
