# Import forms against modules that need no files beside the script.
from __future__ import annotations
import __future__
import sys
import importlib
import importlib as il

print(__future__.annotations)
print(__future__.all_feature_names[-1], "annotations" in __future__.__all__)
print(sys.modules["__future__"] is __future__, il is importlib)
print(importlib.import_module("__future__") is __future__)
print(__name__, __package__, __spec__)

for name in ["no_such_module_xyz", "no_such_pkg_xyz.sub", "sys.path"]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)

try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e)

try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)

try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)

try:
    importlib.import_module(".x")
except TypeError as e:
    print(type(e).__name__, e)

# A module object placed in sys.modules by hand is what import returns.
class Fake:
    answer = 42
    _hidden = 1
sys.modules["fake_mod"] = Fake
import fake_mod
from fake_mod import answer
print(fake_mod is Fake, answer)
from fake_mod import *
print("_hidden" in globals())

sys.modules["gone"] = None
try:
    import gone
except ModuleNotFoundError as e:
    print(e)

# builtins.__import__ can be replaced; IMPORT_NAME calls the replacement.
import builtins
original = builtins.__import__
calls = []
class Anything:
    a = 1
    b = 2
def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, globals is not None))
    return Anything
builtins.__import__ = fake_import
import anything
from pkg import a, b
from .rel import a
builtins.__import__ = original
print(anything is Anything, a, b, calls)
print(__import__("sys") is sys, __import__("importlib").__name__)
