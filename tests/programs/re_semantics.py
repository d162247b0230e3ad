import re
tests = [
    (r"((a)|b)+", "abab"), (r"(a)|(b)", "b"), (r"((a)(b))", "ab"), (r"(?P<x>a)(?P<y>b)?", "ac"),
    (r"(a)(?:b)(c)?", "ab"), (r"(\w)\1", "xx yy"), (r"(?i)(a)\1", "aA"), (r"(?<=(a))b", "ab"),
    (r"(?<!\d)\d{2}(?!\d)", "123 45 6789"), (r"\b\w+\b", "héllo wörld"), (r"(?a)\w+", "héllo"),
    (r"[^\W\d]+", "ab12cd"), (r"[\s\S]+", "a\nb"), (r"\S+", " ab  cd "), (r"\D+", "12ab34"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(a+?)(a*)", "aaa"), (r"a{2}?", "aaa"), (r"(ab){1,2}?c", "ababc"),
    (r"^(?:(\d+)\.)?(\d+)$", "12.34"), (r"(?s).+", "a\nb"), (r"(?m)^b", "a\nb"), (r"x*", "xxa"),
    (r"(?x) a \  b", "a b"), (r"[a\-z]+", "a-z"), (r"[\]]", "]"), (r"[^]]+", "ab]"), (r"\$\d+\.\d\d", "cost $12.50"),
    (r"(?P<n>\d+)(?P=n)", "1212"), (r"(?:(a)|b)*", "ab"), (r"(a)*", "aaa"),
    (r"(?P<q>\()?\w+(?(q)\))", "(abc)"), (r"(?P<q>\()?\w+(?(q)\))", "abc)"), (r"\u00e9", "é"),
    (r"[à-ü]+", "éèx"), (r"(?i)É", "é"), (r"(?i)[é-ë]", "Ê"), (r"\w+", "日本語 text"), (r"\d", "٣"),
    (r"(?i)ǆ", "ǅ"), (r"(?i)ß", "SS"), (r"a|b|c", "xc"), (r"", "abc"), (r"$", "abc"), (r"\Z", "a\n"),
    (r"(?=a)", "ba"), (r"(?!a)", "ab"), (r".{3}(?<=abc)", "xabc"), (r"(a(?=b))b", "ab"),
]
for p, s in tests:
    m = re.search(p, s)
    if m:
        print(p, repr(s), m.span(), m.groups(), m.lastindex, m.lastgroup, m.group(0))
    else:
        print(p, repr(s), None)
print(re.split(r"(,)(\s)?", "a, b,c", maxsplit=1), re.split(r",", "a,b,c", 1), re.split("(?=b)", "abab"))
print(re.sub(r"(?P<w>\w+)", lambda m: m["w"][::-1], "ab cd"), re.sub(r"a", r"\\", "aa"), re.sub("(b)?a", r"[\1]", "aba"))
print(re.sub(r"\b", "|", "ab cd"), re.subn(r"x*", "-", "abc"), re.sub(b"a", b"\\n", b"bab"))
print(re.escape(b"a.b*c"), re.escape("\t\n-#&~"), re.escape("日本"))
m = re.search(r"(?P<a>\w)(?P<b>\w)", "  xy")
print(m.expand(r"\g<b>\g<a>\2"), m.groupdict(), m.span("b"), m.start(), m[0], m["a"], m.group("a", 2))
print(list(re.finditer(r"\d", "a1b2c3", )), [m.group() for m in re.compile(r"\d").finditer("12345", 1, 4)])
sc = re.Scanner([(r"\d+", lambda s, t: ("NUM", t)), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None)])
print(sc.scan("abc 123 x9 !"))
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)", re.I)
print(p, p.groupindex, p.groups, p.pattern, p.flags, p.match("Ada Lovelace").groups(), p == re.compile(r"(?P<first>\w+) (?P<last>\w+)", re.I))
print(re.compile("a" * 300), re.compile(r"\d", re.A | re.M), re.compile(b"x", re.I))
print(re.findall(r"(?i)[a-c]", "ABCabcxyz"), re.findall(r"[^a-c]", "abcxyz", re.I))
print(re.fullmatch(r"\d+", "123abc"), re.fullmatch(r"\d+", "123abc", ) is None, re.compile(r"\d+").fullmatch("a123b", 1, 4))
print(re.search("^a", "ba", re.M), re.search("^a", "b\na", re.M), re.compile("^a").search("ba", 1))
print(re.match(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11", "abcdefghijkk"))
print(re.sub(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11\g<11>\10", "abcdefghijk"))
print(re.purge())
print(re.I | re.S, re.X, re.RegexFlag(0), int(re.I | re.M), re.I.value, re.M.name)
