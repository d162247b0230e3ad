import base64
KNOWN_MISSING = set()
print(sorted(n for n in dir(base64) if not n.startswith("_") and n not in KNOWN_MISSING))
