import logging
# Modules CPython's logging imports that minipy may not ship yet: left out explicitly.
missing = {"atexit", "os", "threading", "traceback", "warnings", "weakref"}
print(sorted(n for n in dir(logging) if not n.startswith("_") and n not in missing))
