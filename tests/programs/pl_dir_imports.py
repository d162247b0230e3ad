# The modules other stdlib modules import show up in their dir() as in CPython.
import json, re, traceback, argparse, logging, pathlib, difflib, inspect, pickle
EXCLUDED = {}
for mod in (json, re, traceback, argparse, logging, pathlib, difflib, inspect):
    names = sorted(n for n in dir(mod) if not n.startswith('_') and n not in EXCLUDED.get(mod.__name__, ()))
    print(mod.__name__, names)
p = re.compile('a+b', re.I)
print(pickle.dumps(p, 4), pickle.dumps(p, 2), pickle.loads(pickle.dumps(p)) is p)
print(pickle.loads(pickle.dumps(re.compile(b'x', re.M))))
