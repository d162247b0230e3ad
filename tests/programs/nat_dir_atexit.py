import atexit
print(sorted(n for n in dir(atexit) if not n.startswith("_")))
