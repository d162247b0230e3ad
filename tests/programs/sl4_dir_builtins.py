import builtins
print(sorted(n for n in dir(builtins) if not n.startswith('_')))
