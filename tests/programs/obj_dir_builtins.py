# dir(builtins) must match CPython 3.11 exactly, apart from the names below.
import builtins

# Not yet implemented: exception groups (PEP 654), the import machinery's
# __loader__/__spec__, async iteration builtins, and the
# site-module helpers (help, credits, license, copyright, breakpoint).
KNOWN_MISSING = {"__loader__", "__spec__"}
for name in dir(builtins):
    if name not in KNOWN_MISSING:
        print(name)
print(builtins.__package__ == "", builtins.__name__)
print(EnvironmentError is OSError, IOError is OSError)
import builtins; print(builtins.__doc__)
