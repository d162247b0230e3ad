# tokenize: a varied source through tokenize/generate_tokens/untokenize, errors, detect_encoding.
import tokenize, io, token
print(sorted(n for n in dir(tokenize) if not n.startswith('_')))
src = '''# -*- coding: utf-8 -*-
import os
def f(a, b=1.5e3, *c, **d) -> int:
    """doc
    string"""
    x = [1, 2,
         3]  # comment
    if a:
        return a ** 2 // 3 @ b
    s = rb'raw' f"{x!r:>10}" 'a\\
b'
    y = 0x_ff + 0o7 + 0b1 + 1_000j + .5 + 1.
    return x ... \\
        ; z := 3

class C: pass
'''
for t in tokenize.tokenize(io.BytesIO(src.encode()).readline):
    print(t)
toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
print(tokenize.untokenize(toks) == src)
print(repr(tokenize.untokenize([(t.type, t.string) for t in toks])))
print([t.exact_type for t in toks][:20])
for s in ['x = (1,\n', 'if x:\n  a\n b\n', '"""abc', 'x = 1']:
    try: print(list(tokenize.generate_tokens(io.StringIO(s).readline)))
    except Exception as e: print(type(e).__name__, e)
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx=1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'#!/usr/bin/env python\n# coding: latin-1\n').readline))
try: tokenize.detect_encoding(io.BytesIO(b'# coding: bogus\n').readline)
except SyntaxError as e: print(e)
