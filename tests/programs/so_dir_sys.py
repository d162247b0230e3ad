# sys's public names are python3's (the tracing hooks included).
import sys
print(sorted(n for n in dir(sys) if not n.startswith('_')))
