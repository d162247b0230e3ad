import datetime
print(sorted(n for n in dir(datetime) if not n.startswith("_")))
