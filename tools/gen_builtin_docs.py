#!/usr/bin/env python3
"""Write src/modules/builtins/docs.txt: CPython 3.11's `__doc__` and `__text_signature__`
of every built-in function and type and of the methods and descriptors each built-in
type defines, so `help()` and `inspect.signature()` show what python3 shows.

Run with python3.11 from the repository root:  python3 tools/gen_builtin_docs.py
Format: records separated by U+001E, fields by U+001F: key, text signature ('' when
there is none), docstring. Keys are `name` for builtins and `Type.attr` for attributes.
"""
import builtins
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11: the table must be CPython 3.11's")

DESCRIPTORS = {
    "method_descriptor", "wrapper_descriptor", "classmethod_descriptor",
    "builtin_function_or_method", "getset_descriptor", "member_descriptor",
}

records = []


def add(key, obj):
    doc = getattr(obj, "__doc__", None)
    sig = getattr(obj, "__text_signature__", None)
    if not isinstance(doc, str):
        doc = None
    if doc is None and sig is None:
        return
    for text in (key, sig or "", doc or ""):
        assert "\x1e" not in text and "\x1f" not in text, key
    # A None docstring with a signature is kept as the one-byte marker \x00.
    records.append("\x1f".join((key, sig or "", doc if doc is not None else "\x00")))


for name in sorted(vars(builtins)):
    if name.startswith("__") and name != "__build_class__" and name != "__import__":
        continue
    obj = getattr(builtins, name)
    if isinstance(obj, type):
        add(name, obj)
        for attr, value in sorted(vars(obj).items()):
            if type(value).__name__ in DESCRIPTORS or attr == "__new__":
                add(f"{name}.{attr}", value)
    elif type(obj).__name__ == "builtin_function_or_method":
        add(name, obj)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "modules", "builtins", "docs.txt")
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("\x1e".join(records))
print(f"{len(records)} entries, {os.path.getsize(out)} bytes")
