def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type('abc', (1,), {}))
t(lambda: str(b'a', "utf-8", "ignore", "toomuch"))
t(lambda: bytes("abc", "utf-8", "replace", "toomuch"))
t(lambda: bytes(-1))
s=b"abc"; print(s.strip() is s)
class A: pass
t(lambda: object.__setattr__(A, 'x', 1))
t(lambda: object.__delattr__(A, 'x'))
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
t(lambda: {1:2}.keys() + 1)
t(lambda: "abc".endswith("c", 1, 2))
t(lambda: "abc".startswith("", 4))
t(lambda: "abc".endswith("", 4))
t(lambda: "abc".startswith("", 3))
