import json, io
from collections import OrderedDict
data = {"b": [1, 2.5, None, True, False, "x\n\"y\\", {"z": []}], "a": {}, "c": (1, 2), "é": "ü€😀", 3: 4, 1.5: 2, None: 0, True: 1}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": [3, {"e": 5, "d": 4}]}, sort_keys=True, indent=4))
print(json.dumps([1e16, 1e-7, 0.1, 1/3, -0.0, 123456789012345678901234567890, float('inf'), float('nan')]))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps({(1,2): 3})
except TypeError as e: print(e)
print(json.dumps({(1,2): 3, "a": 1}, skipkeys=True))
try: json.dumps(object())
except TypeError as e: print(e)
print(json.dumps({1, 2} and [set()] and 1, default=list))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1+2j], cls=E))
print(E().encode("abc"), "".join(E().iterencode([1])))
s = io.StringIO(); json.dump({"a": [1, 2]}, s, indent=1); print(s.getvalue())
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads(b'{"x": "\\u00e9"}'), json.loads(bytearray(b'[1]')))
try: json.loads(5)
except TypeError as e: print(e)
print(json.load(io.StringIO('  {"k": [true, false, null]}  ')))
print(json.JSONDecoder().raw_decode('[1, 2] xyz'))
print(repr(json.dumps("\x00\x1f\x7f\u2028")))
print(json.dumps([[], {}, [[]]], indent=2))
print(json.dumps({"a": 1}, indent=0))
import enum
class C(enum.IntEnum):
    A = 1
print(json.dumps([C.A, {C.A: 2}]))
class F(float): pass
print(json.dumps([F(1.5), True]))
e = json.JSONDecodeError("msg", "ab\ncd", 4); print(e.lineno, e.colno, e)
print(json.loads('"\\ud83d\\ude00"') == "😀")
print(json.dumps(json.loads('{"deep": ' * 50 + '1' + '}' * 50))[:30])
