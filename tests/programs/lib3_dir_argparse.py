import argparse
# CPython's argparse imports warnings, which minipy may not ship yet: left out explicitly.
missing = {"warnings"}
print(sorted(n for n in dir(argparse) if not n.startswith("_") and n not in missing))
