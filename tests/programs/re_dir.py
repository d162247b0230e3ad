import re
# CPython's re imports the enum and copyreg modules; minipy's does not (importing enum
# would double the cost of `import re`), so those two names are left out explicitly.
missing = {"copyreg", "enum"}
print(sorted(n for n in dir(re) if not n.startswith("_") and n not in missing))
