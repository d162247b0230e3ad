# dir() of the Python-written stdlib modules (underscore names aside), compared with
# python3's. MISSING lists names CPython's modules get by importing modules minipy does
# not have yet (re, os, codecs, decimal, tokenize...): they are left out on both sides,
# as are names that differ between 3.11 point releases (the expected output comes from
# /usr/bin/python3.11, 3.11.2; enum has the 3.11.7 names).
import abc, json, enum, dataclasses, typing, contextlib, warnings, inspect, textwrap
import pprint, statistics, fractions, numbers, types, functools, copy
MISSING = {
    'json': {'codecs'},
    'enum': {'pickle_by_enum_name', 'pickle_by_global_name'},
    'dataclasses': {'re'},
    'typing': {'re', 'stdlib_re'},
    'contextlib': {'os'},
    'inspect': {'linecache', 'os', 're', 'token', 'tokenize'},
    'textwrap': {'re'},
    'pprint': {'re'},
    'statistics': {'random'},
    'fractions': {'Decimal', 're'},
}
for m in (abc, json, enum, dataclasses, typing, contextlib, warnings, inspect, textwrap,
          pprint, statistics, fractions, numbers, types, functools, copy):
    gaps = MISSING.get(m.__name__, set())
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_') and n not in gaps))
