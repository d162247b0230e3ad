import argparse
# CPython's argparse imports warnings; minipy's does not (startup cost): left out explicitly.
missing = {"warnings"}
print(sorted(n for n in dir(argparse) if not n.startswith("_") and n not in missing))
