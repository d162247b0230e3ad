import re
pairs = [("ı", "i"), ("i", "ı"), ("İ", "i"), ("ſ", "s"), ("s", "ſ"), ("K", "\u212a"), ("\u212a", "k"), ("σ", "ς"), ("ς", "Σ"), ("µ", "μ"), ("Å", "\u212b"), ("ß", "ẞ"), ("ǅ", "ǆ"), ("ǅ", "Ǆ"), ("ϐ", "β"), ("ﬀ", "FF"), ("θ", "ϑ"), ("ι", "\u0345"), ("ι", "ι")]
for a, b in pairs:
    print(repr(a), repr(b), bool(re.match("(?i)" + re.escape(a), b)), bool(re.match("(?i)[" + a + "]", b)), bool(re.match("(?i)[" + a + "-" + a + "]", b)))
print(re.findall("(?i)[a-z]+", "Straße ſ K"), re.findall("(?ia)[a-z]+", "Straße ſ K"))
