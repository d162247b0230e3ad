import zlib, binascii
data = b'hello hello hello world ' * 50 + bytes(range(256))
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl); print(lvl, len(c), c[:12], zlib.decompress(c) == data)
print(zlib.compress(b'hello'), zlib.compress(b''), zlib.compress(b'abc', wbits=-15), zlib.compress(b'abc', wbits=31)[:4])
print(zlib.decompress(zlib.compress(b'abc', wbits=31), 31), zlib.decompress(zlib.compress(b'abc', wbits=31), 47), zlib.decompress(zlib.compress(b'abc', wbits=-15), -15))
print(zlib.crc32(b'123'), zlib.crc32(b'123', 1), zlib.adler32(b'456'), zlib.adler32(b'456', -123), zlib.crc32(b''), binascii.crc32(b'hello'))
co = zlib.compressobj(9); parts = [co.compress(data[:100]), co.compress(data[100:]), co.flush()]
whole = b''.join(parts); print(len(whole), whole == zlib.compress(data, 9))
do = zlib.decompressobj(); out = do.decompress(whole[:50]) + do.decompress(whole[50:] + b'EXTRA'); print(out == data, do.eof, do.unused_data)
do = zlib.decompressobj(); x = do.decompress(whole, 100); print(len(x), len(do.unconsumed_tail) > 0)
for bad in [b'garbage', zlib.compress(data)[:-5]]:
    try: zlib.decompress(bad)
    except zlib.error as e: print('error', e)
print(zlib.error.__mro__[1].__name__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
print(binascii.hexlify(b'\x01\xff'), binascii.hexlify(b'abcd', '-', 2), binascii.b2a_hex(b'ab', b':'), binascii.unhexlify('01ff'), binascii.crc_hqx(b'abc', 0))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'ab', newline=False), binascii.a2b_base64('YWJj\n'), binascii.a2b_base64(b'YW Jj!'))
for bad in ['abc', 'zz']:
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print(type(e).__name__, e)
for bad in ['YWJ', 'Y', 'YW=j', '!!!!']:
    try: print(binascii.a2b_base64(bad))
    except binascii.Error as e: print(type(e).__name__, e)
try: binascii.a2b_base64('YW Jj', strict_mode=True)
except binascii.Error as e: print(type(e).__name__, e)
print(binascii.b2a_uu(b'abc'), binascii.a2b_uu(b'#86)C\n'), binascii.b2a_qp(b'h\xe9llo = world\n'), binascii.a2b_qp(b'h=E9llo'))
print(isinstance(binascii.Error(), ValueError), binascii.Incomplete.__mro__[1].__name__)
