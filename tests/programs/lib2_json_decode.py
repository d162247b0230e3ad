import json
cases = ['', ' ', '{', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '1 2', 'nul', '{"a":}', '[1,', '{"a":1', '"\\', '-', '01', '1.', '1e', '\ufeff1', '"\\ud800\\udc00"', '[-Infinity, NaN, Infinity]', '1.5e3', '-0', '-0.0','{"a":1 "b":2}', '  [1, 2  ', '\n\n  ]', 'tru', 'True']
for c in cases:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'ERR', e, e.pos, e.lineno, e.colno, repr(e.msg))
try: json.loads('"a\x01b"', strict=False); print('ok')
except Exception as e: print(e)
