# The public names of the traceback module. linecache, textwrap and suppress are modules
# and a helper that CPython's traceback imports for itself; minipy's imports them when
# they exist, so they are left out of the comparison.
import traceback
imported_helpers = {"linecache", "textwrap", "suppress"}
print(sorted(n for n in dir(traceback) if not n.startswith("_") and n not in imported_helpers))
print(sorted(traceback.__all__))
