s = "Hello, World"
print(s, len(s), s[0], s[-1], s[2:5], s[::-1], s[::2], s[-3:], s[:100])
print(s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"))
print(s.find("o"), s.find("z"), s.startswith("Hell"), s.endswith("x"), "  pad  ".strip() + "|")
print("a" + "b" * 3, "x" in s, "World" in s, "abc" < "abd", "B" < "a", "" == "")
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("nl\n"), repr("both ' and \""))
print("%s is %d years and %.2f%%" % ("Bob", 42, 99.5), "%5s|%-5s|%05d" % ("a", "b", 42))
print("{} {}".format(1, "two"), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
name, n = "pi", 3.14159
print(f"{name}={n:.3f}", f"{n!r}", f"{name!r:>6}", f"{42:08b}", f"{1234567:,}", f"{n=}")
print(str(123), str(1.5), str([1, "a"]), repr([1, "a"]), str(None), str(True))
print(ord("A"), chr(97), "abc".index("c"), "a,b,,c".split(","), "a b  c".split())
print("x".join("abc"), "mississippi".count("ss"), "hello world".title(), "abc".center(9, "*"))
b = b"bytes\x00\xff"
print(b, len(b), b[0], b[1:3], list(b"ab"), bytes([65, 66]), b + b"!", b"ab" * 2)
print("é".encode(), b"\xc3\xa9".decode(), "naïve"[2], len("日本語"), "日本語"[1])
for ch in "ab":
    print(ch, end=";")
print()
print("multi", "args", sep="|", end="!\n")
print("""triple
quoted""", 'single' "adjacent", r"raw\n")
