# sys's public names are python3's. The tracing hooks belong to another part of the
# interpreter (async4) and are the only names left out here.
import sys
KNOWN_MISSING = {'settrace', 'setprofile', 'gettrace', 'getprofile'}
print(sorted(n for n in dir(sys) if not n.startswith('_') and n not in KNOWN_MISSING))
