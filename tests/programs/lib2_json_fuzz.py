import json
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
def gen(depth):
    r = rnd() % 12
    if depth > 3: r = r % 6
    if r == 0: return None
    if r == 1: return rnd() % 2 == 0
    if r == 2: return rnd() - 1073741824
    if r == 3: return (rnd() - 1073741824) / ((rnd() % 1000) + 1)
    if r == 4: return "".join(chr([32, 34, 92, 10, 9, 0x7f, 0xe9, 0x2028, 0x1f600, 97, 65, 1, 31][rnd() % 13]) for _ in range(rnd() % 8))
    if r == 5: return 10 ** (rnd() % 30) * (rnd() % 3 - 1)
    if r in (6, 7): return [gen(depth + 1) for _ in range(rnd() % 5)]
    if r == 8: return tuple(gen(depth + 1) for _ in range(rnd() % 3))
    d = {}
    for _ in range(rnd() % 5):
        k = rnd() % 4
        key = ["k%d" % (rnd() % 50), rnd() % 100, "é%d" % (rnd() % 9), "z"][k]
        d[key] = gen(depth + 1)
    return d
for i in range(300):
    obj = gen(0)
    opts = [{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}, {"indent": "\t", "sort_keys": True}][i % 6]
    try:
        s = json.dumps(obj, **opts)
    except TypeError as e:
        s = "TypeError %s" % e
    print(s)
    if not s.startswith("TypeError"):
        back = json.loads(s)
        print(json.dumps(back, sort_keys=False) == json.dumps(json.loads(s)))
for bad in ['{"a": [1, 2, {"b": nul}]}', '[1, 2, 3', '{"x": "\\q"}', '[' * 50 + ']' * 49, '{"a" : 1, }', '[1e5, -0.0, 1E-2, 0.1e+3]', '"\\ud83d\\ude00 \\u00e9\\t"', ' \n[ true , false , null ] \n', '{"a":1}{"b":2}']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print("ERR", e)
