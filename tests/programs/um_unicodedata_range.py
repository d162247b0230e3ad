# Every assigned-range code point: digests of unicodedata's per-character properties
# (Unicode 14.0.0). Planes 0, 1 and 14 in full; the uniform CJK/private-use planes and the
# empty planes 4-13 sampled.
import unicodedata as u

M = (1 << 61) - 1
NAMES = ["category", "bidirectional", "combining", "east_asian_width", "mirrored",
         "decomposition", "decimal", "digit", "numeric", "name"]
points = list(range(0x20000)) + list(range(0x20000, 0x40000, 5)) + list(range(0x40000, 0xE0000, 251)) \
    + list(range(0xE0000, 0xF0000)) + list(range(0xF0000, 0x110000, 5))
fs = [u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored, u.decomposition,
      lambda c: u.decimal(c, -1), lambda c: u.digit(c, -1), lambda c: u.numeric(c, -1.0),
      lambda c: u.name(c, "")]
ids = [{} for f in fs]
hs = [0] * len(fs)
for cp in points:
    c = chr(cp)
    for i in range(len(fs)):
        v = fs[i](c)
        d = ids[i]
        k = d.get(v)
        if k is None:
            k = d[v] = len(d)
        hs[i] = (hs[i] * 1000003 + k + cp) % M
for i in range(len(fs)):
    print(NAMES[i], hs[i], len(ids[i]))
