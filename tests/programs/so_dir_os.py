# os's public names are python3's on Linux.
import os
print(sorted(n for n in dir(os) if not n.startswith('_')))
