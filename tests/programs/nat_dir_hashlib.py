import hashlib
# Known missing in minipy: scrypt (no OpenSSL).
KNOWN_MISSING = set()
print(sorted(n for n in dir(hashlib) if not n.startswith('_') and n not in KNOWN_MISSING))
