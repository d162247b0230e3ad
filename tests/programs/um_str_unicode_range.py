# str's per-character predicates and case mappings agree with Unicode 14.0.0 on every
# code point of planes 0, 1 and 14; the uniform CJK/private-use planes and the empty
# planes 4-13 are sampled.
M = (1 << 61) - 1
NAMES = ["isprintable", "isidentifier", "isnumeric", "isdecimal", "isdigit", "isalpha",
         "isalnum", "isspace", "isupper", "islower", "istitle", "upper", "lower", "casefold",
         "title", "swapcase", "capitalize", "xid_continue"]
fs = [str.isprintable, str.isidentifier, str.isnumeric, str.isdecimal, str.isdigit, str.isalpha,
      str.isalnum, str.isspace, str.isupper, str.islower, str.istitle, str.upper, str.lower,
      str.casefold, str.title, str.swapcase, str.capitalize, lambda c: ("a" + c).isidentifier()]
points = list(range(0x20000)) + list(range(0x20000, 0x40000, 5)) + list(range(0x40000, 0xE0000, 251)) \
    + list(range(0xE0000, 0xF0000)) + list(range(0xF0000, 0x110000, 5))
hs = [0] * len(fs)
bad = [[] for f in fs]
for cp in points:
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    for i in range(len(fs)):
        v = fs[i](c)
        k = hash(v) if v.__class__ is bool else sum(map(ord, v)) * 31 + len(v)
        hs[i] = (hs[i] * 1000003 + k + cp) % M
for i in range(len(fs)):
    print(NAMES[i], hs[i])
# Final sigma and context-sensitive lowering.
for s in ["ΣΑΣ", "ΑΣ.", "Σ", "ΑΣ'Α", "A\u0345Σ", "ΑΣ\u0301", "İstanbul", "ǅungla ǆ", "ﬃ ß ŉ ǰ", "ᾳ ᾼ ῼ"]:
    print(ascii((s.lower(), s.upper(), s.title(), s.casefold(), s.swapcase(), s.capitalize())))
