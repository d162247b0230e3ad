# encode/decode with each codec and error handler; CPython's UnicodeError messages.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"abc", b"\xff", b"a\xe9b", b"\xe2\x82", b"\xe2\x82\xac", b"\xed\xa0\x80", b"\xf0\x90\x80A", b"\xc3(", b"\x80\x80x"]
for b in data:
    for enc in ("utf-8", "ascii", "latin-1"):
        for err in ("strict", "ignore", "replace", "surrogateescape", "backslashreplace"):
            t(lambda: b.decode(enc, err))
strs = ["abc", "é", "h€llo", "日本", "\U0001f600", "aé€\U0001f600z", chr(0xdcff), chr(0xd800) + "x"]
for s in strs:
    for enc in ("utf-8", "ascii", "latin-1", "UTF8", "Latin_1", "us-ascii"):
        for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"):
            t(lambda: s.encode(enc, err))
t(lambda: "x".encode("nope"))
t(lambda: b"x".decode("nope"))
t(lambda: b"\xff".decode("utf-8", "bogus"))
t(lambda: str(b"caf\xc3\xa9", "utf-8"))
t(lambda: str(b"caf\xc3\xa9", encoding="ascii", errors="replace"))
t(lambda: str(bytearray(b"abc"), "latin-1"))
t(lambda: str("abc", "utf-8"))
t(lambda: "é".encode())
t(lambda: "é".encode(encoding="latin-1"))
t(lambda: b"\xc3\xa9".decode())
t(lambda: bytearray(b"\xc3\xa9").decode(errors="strict"))
t(lambda: b"\xff\xfe".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
