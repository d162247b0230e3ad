import cmath
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
