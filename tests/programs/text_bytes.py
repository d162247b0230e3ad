# bytes and bytearray methods, each result and each error as CPython gives it.
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

B = [b"", b"abc", b"  Hello World  ", b"a,b,,c", b"aaaa", b"line1\nline2\r\nline3\r", b"\x00\xff"]
for b in B:
    for x in (b, bytearray(b)):
        t(lambda: x.upper()); t(lambda: x.lower()); t(lambda: x.swapcase())
        t(lambda: x.capitalize()); t(lambda: x.title()); t(lambda: x.strip())
        t(lambda: x.lstrip(b" H")); t(lambda: x.rstrip()); t(lambda: x.split())
        t(lambda: x.split(b",")); t(lambda: x.rsplit(None, 1)); t(lambda: x.split(b",", 1))
        t(lambda: x.rsplit(b",", 1)); t(lambda: x.splitlines()); t(lambda: x.splitlines(True))
        t(lambda: x.count(b"a")); t(lambda: x.count(b"")); t(lambda: x.count(97))
        t(lambda: x.find(b"l")); t(lambda: x.rfind(b"l")); t(lambda: x.find(b"a", 1, 3))
        t(lambda: x.index(b"zz")); t(lambda: x.rindex(b"a"))
        t(lambda: x.startswith(b"a")); t(lambda: x.endswith((b"c", b"3")))
        t(lambda: x.replace(b"a", b"XY")); t(lambda: x.replace(b"", b"-")); t(lambda: x.replace(b"a", b"", 2))
        t(lambda: x.center(11, b"*")); t(lambda: x.ljust(6)); t(lambda: x.rjust(6, b"0")); t(lambda: x.zfill(8))
        t(lambda: x.partition(b",")); t(lambda: x.rpartition(b","))
        t(lambda: x.isalpha()); t(lambda: x.isalnum()); t(lambda: x.isdigit()); t(lambda: x.isspace())
        t(lambda: x.islower()); t(lambda: x.isupper()); t(lambda: x.istitle()); t(lambda: x.isascii())
        t(lambda: x.hex()); t(lambda: x.hex(":")); t(lambda: x.hex("-", 2)); t(lambda: x.hex(" ", -3))
        t(lambda: x.removeprefix(b"ab")); t(lambda: x.removesuffix(b"c"))
        t(lambda: x.expandtabs()); t(lambda: b"-".join([x, x]))
        t(lambda: x + b"!"); t(lambda: x * 2); t(lambda: x == bytes(x)); t(lambda: x < b"b")
        t(lambda: x.translate(None, b"a")); t(lambda: x.translate(bytes.maketrans(b"abc", b"xyz")))

t(lambda: b"abc".split(b""))
t(lambda: b"abc".find("a"))
t(lambda: b"abc".count(256))
t(lambda: b"abc".center(5, "*"))
t(lambda: b"a".join([b"x", "y"]))
t(lambda: bytes.fromhex("de ad BE EF"))
t(lambda: bytearray.fromhex("0a0b"))
t(lambda: bytes.fromhex("0g"))
t(lambda: bytes.fromhex("abc"))
t(lambda: bytes("abc"))
t(lambda: bytes("abc", "ascii"))
t(lambda: bytes("é", "ascii"))
t(lambda: bytes(3))
t(lambda: bytes(-1))
t(lambda: bytes([1, 2, 300]))
t(lambda: bytes([1, "a"]))
t(lambda: bytes(range(5)))
t(lambda: b"%s and %b" % (b"x", bytearray(b"y")))
t(lambda: b"%d %x %5.2f %c %c" % (3, 255, 1.5, 65, b"B"))
t(lambda: b"%r %a" % ("é", b"q"))
t(lambda: b"%s" % "str")
t(lambda: bytearray(b"%(k)s") % {b"k": b"v"})

a = bytearray(b"hello")
a.append(33); print(a)
a.extend(b" world"); print(a)
a.extend([65, 66]); print(a)
a.insert(0, 62); a.insert(-1, 60); a.insert(100, 61); print(a)
print(a.pop(), a.pop(0), a)
a.remove(ord("o")); print(a)
a.reverse(); print(a)
c = a.copy(); a.clear(); print(a, c)
c[0:3] = b"XYZW"; print(c)
c[::2] = bytes(len(c[::2])); print(c)
del c[1:4]; print(c)
del c[0]; print(c)
c[0] = 255; print(c)
c += b"++"; print(c)
c *= 2; print(c)
for f in (lambda: a.pop(), lambda: c.remove(7), lambda: c.append(256), lambda: c.append("x"),
          lambda: c.extend("ab"), lambda: c.extend(5), lambda: c.__setitem__(0, 300),
          lambda: c.__setitem__(c.__class__ and slice(0, 2) if False else 0, 5),
          lambda: bytearray(b"x").pop(5)):
    t(f)
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") * 2, 3 * b"ab")
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" < bytearray(b"abd"))
print(b"b" in b"abc", 98 in b"abc", b"" in b"", bytearray(b"abc").__alloc__() > 0)
print(b"abc".__sizeof__(), b"".__getnewargs__(), bytes(b"x").__bytes__())

try:
    c[0:2] = 5
except TypeError as e:
    print(e)
try:
    c[0:4:2] = b"abc"
except ValueError as e:
    print(e)
print(bytearray([300]) if False else bytearray([1, 2]))
t(lambda: bytearray([1, 300]))
