import re
pats = ["(a", "a)", "*a", "a**", "a{3,2}", "[a", "[z-a]", r"\q", "(?P<1a>x)", "(?P<a>x)(?P<a>y)",
        "(?P=zz)", r"(a)\2", "(?<=a+)b", "(?z)", "a(?i)b", "(?P", "(?<x", r"[\w-z]", "(?(2)a|b)",
        r"\x4", r"\u12", "(?#abc", "a|*", "(*)", "^*", r"\N{NOPE}", "(?-a:x)",
        "(?i-i:x)", "abc\n(d", r"(?P<a>a)(?P=a", "(?P<>a)", "(?(1a)b)", "[", "a\\", "(?a-:x)", "(?", "(?x"]
for p in pats:
    try:
        re.compile(p)
        print("ok", repr(p))
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for p, r in [("(a)", r"\2"), ("(a)", r"\g<b>"), ("(a)", r"\q"), ("(a)", r"\g"), ("(a)", r"\g<1"), ("(a)", r"\g<x y>")]:
    try:
        print(re.sub(p, r, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.match("a", b"a")
except TypeError as e:
    print(e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print(e)
try:
    re.match("a", 3)
except TypeError as e:
    print(e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print(e)
m = re.match("(a)", "a")
for g in [2, "x", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print(e)
