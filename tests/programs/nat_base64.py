import base64 as b
data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe']
for d in data:
    print(b.b64encode(d), b.urlsafe_b64encode(d), b.b32encode(d), b.b32hexencode(d), b.b16encode(d), b.b85encode(d), b.a85encode(d))
    assert b.b64decode(b.b64encode(d)) == d and b.b32decode(b.b32encode(d)) == d and b.b16decode(b.b16encode(d)) == d
    assert b.b85decode(b.b85encode(d)) == d and b.a85decode(b.a85encode(d)) == d and b.b32hexdecode(b.b32hexencode(d)) == d
    assert b.urlsafe_b64decode(b.urlsafe_b64encode(d)) == d
print(b.encodebytes(bytes(range(100))), b.decodebytes(b'YWJj\n'))
print(b.b64encode(b'\xfb\xff', altchars=b'-_'), b.b64decode('YWJj'), b.b64decode(b'YW Jj'), b.standard_b64encode(b'x'), b.standard_b64decode(b'eA=='))
print(b.a85encode(b'hello world  ', foldspaces=True, adobe=True, wrapcol=5), b.a85encode(b'\0\0\0\0abc', pad=True), b.b85encode(b'ab', pad=True))
print(b.b32decode('mzxw6===', casefold=True), b.b32decode('MZXW6YQ=', map01=b'L'), b.b16decode('ff', casefold=True))
for bad in [lambda: b.b64decode('YW=', validate=True), lambda: b.b32decode('MZXW6'), lambda: b.b16decode('fg'), lambda: b.b85decode(b'{{{{{'), lambda: b.a85decode(b'zz!')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
try: b.b64encode('str')
except TypeError as e: print(e)
