import re
# Helper modules CPython's re imports that minipy may not ship yet: left out explicitly.
missing = {"copyreg", "enum"}
print(sorted(n for n in dir(re) if not n.startswith("_") and n not in missing))
