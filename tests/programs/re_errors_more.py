import re
pats = [r"(a\1)", r"(?P<a>(?P=a))", "[a-", r"[\d-z]", r"[a-\d]", "x{2,1}", r"a{1,2}{3}", "a*?*", "a+++", "(?P<a", "(?P<a>", "(?<", "(?'x)",
        "(?P=", "(?(", "(?(1", "(?()", r"\g", "(?i)(?L)x", "(?u)x", r"[\x]", r"\777", r"\08", "(?#", "a{", "{1,2}", "(?x)[a", "(?P>", "((a)", "a|(b", r"\u", r"\U0011FFFF", "(?iu:x)"]
for p in pats:
    try:
        r = re.compile(p)
        print("ok", repr(p), r.groups)
    except re.error as e:
        print(repr(p), "->", e)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
