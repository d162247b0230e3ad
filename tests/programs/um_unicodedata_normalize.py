# normalize()/is_normalized() for both databases: every character with a decomposition or
# a combining class, Hangul, reordering and composition cases, and the error cases.
import unicodedata as u

M = (1 << 61) - 1
points = [cp for cp in range(0x30000) if u.decomposition(chr(cp)) or u.combining(chr(cp))]
points += list(range(0xAC00, 0xD7A4, 37)) + list(range(0x1100, 0x1200)) + [0xF951, 0x2F868, 0x2F874, 0x2F91F, 0x2F95F, 0x2F9BF]
print(len(points))
for db in (u, u.ucd_3_2_0):
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        h = 0
        changed = 0
        for cp in points:
            c = chr(cp)
            r = db.normalize(form, c)
            if r != c:
                changed += 1
            h = (h * 1000003 + sum(map(ord, r)) * 7 + len(r)) % M
            r2 = db.normalize(form, c + "\u0328\u0301a\u0305")
            h = (h * 1000003 + sum(map(ord, r2)) * 7 + len(r2)) % M
        print(db.unidata_version, form, h, changed)
cases = ["e\u0301", "e\u0301\u0327", "e\u0327\u0301", "\u1e9b\u0323", "ﬁ ½ ² Ⅻ ㌀", "\u1100\u1161\u11a8",
         "가\u11a8", "\u1100\u1161\u0301\u11a8", "A\u030a\u0301", "\u0b47\u0b3e", "\u0f73",
         "\u00c5\u0327", "a\u0301\u0301", "\u212b\u2126", "Å", chr(0xD800) + "e\u0301", "", "ascii only",
         "\u0344\u0958\U0001d15e", "\u05d0\u05b7\u05bc", "\u0915\u093c"]
for s in cases:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        print(form, ascii(s), ascii(u.normalize(form, s)), u.is_normalized(form, s),
              ascii(u.ucd_3_2_0.normalize(form, s)), u.ucd_3_2_0.is_normalized(form, s))
for args in [("NFX", "a"), (1, "a"), ("NFC", 1), ("nfc", "a")]:
    for f in (u.normalize, u.is_normalized):
        try:
            print(f(*args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
