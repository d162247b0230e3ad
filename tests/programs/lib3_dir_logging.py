import logging
# Modules CPython's logging imports at the top that minipy's does not (not shipped yet,
# or imported only when needed to keep `import logging` cheap): left out explicitly.
missing = {"atexit", "os", "threading", "traceback", "warnings", "weakref"}
print(sorted(n for n in dir(logging) if not n.startswith("_") and n not in missing))
