class B(bytes): pass
class C(complex): pass
class BA(bytearray): pass
b = B(b'xy'); print(type(b), b, type(C(1,2)), C(1,2), type(BA(b'a')))
b.foo = 1; print(b.foo, B.__new__(B, b'q'), type(bytes.__new__(B, b'q')))
class B2(bytes):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(type(B2(b'a')), B2(b'a'))
class C2(complex):
    def __new__(cls, r): return super().__new__(cls, r, 1)
print(type(C2(3)), C2(3))
print(repr(B(b'a')), str(C(1)))
