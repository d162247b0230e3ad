# dir() of the Python-written stdlib modules (underscore names aside), compared with
# python3's. MISSING lists names CPython's modules get by importing modules minipy does
# not have yet (re, os, codecs, decimal, tokenize...): they are left out on both sides,
# as are names that differ between 3.11 point releases (the expected output comes from
# /usr/bin/python3.11, 3.11.2; enum has the 3.11.7 names).
import abc, json, enum, dataclasses, typing, contextlib, warnings, inspect, textwrap
import pprint, statistics, fractions, numbers, types, functools, copy
# fractions imports Decimal from decimal, which minipy does not have; enum's two pickle
# helpers are 3.11.4+ names, absent from the reference interpreter (3.11.2).
MISSING = {
    'fractions': {'Decimal'},
    'enum': {'pickle_by_enum_name', 'pickle_by_global_name'},
}
for m in (abc, json, enum, dataclasses, typing, contextlib, warnings, inspect, textwrap,
          pprint, statistics, fractions, numbers, types, functools, copy):
    gaps = MISSING.get(m.__name__, set())
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_') and n not in gaps))
