# Non-ASCII indexing, slicing and searching; lone surrogates from chr().
s = "aé€\U0001f600z" * 3
print(len(s), s[1], s[3], s[-1], s[2:7], s[::-2], s[100:], s.find("z"), s.find("€", 5), s.rfind("é"))
print(s.index("\U0001f600", 4), s.count("é"), s.count("é", 2, 9), s.startswith("€", 2), s.endswith("\U0001f600z", 0, 5))
print(s.split("€"), s.partition("\U0001f600"), s.rpartition("é"))
print(s.replace("é", "E", 2), s.upper(), s.center(20, "·"))
sur = chr(0xd800)
print(repr(sur), len(sur), repr(sur + "a" + chr(0xdfff)), repr(("x" + sur)[1]), ascii(sur), sur == chr(0xd800))
print(repr("\x00\x1f\x7f\x80\xa0\xad\u2028 \ufeff'\"\\"), repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print([repr(chr(c)) for c in (0x300, 0x378, 0xe000, 0xfffe, 0x10ffff, 0x1f600, 0xe0001)])
print("İ".lower(), len("İ".lower()), "ß".upper(), "ß".casefold(), "ﬁ".upper(), "ŉ".upper())
print(ord("€"), chr(8364), [hex(ord(c)) for c in "a\U0001f600"])
big = "é" * 100000 + "x"
print(big[99999], big[100000], big.find("x"), len(big[5:-5]))
