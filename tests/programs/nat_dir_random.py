import random
print(sorted(n for n in dir(random) if not n.startswith('_')))
