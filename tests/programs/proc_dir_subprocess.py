# dir(subprocess) (underscore names aside) equals CPython's.
import subprocess
print(sorted(n for n in dir(subprocess) if not n.startswith('_')))
