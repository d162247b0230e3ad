import struct
tests = [('b',200),('B',-1),('h',40000),('H',-1),('i',2**31),('I',-1),('I',2**32),('l',2**63),('L',-1),('q',2**63),('Q',-1),('<b',200),('<B',300),('<h',40000),('<H',-1),('<i',2**31),('<I',-1),('<l',2**31),('<L',2**32),('<q',2**63),('<Q',-1),('<Q',2**64),('n',2**63),('N',-1),('P',-1),('b',1.0),('f','x'),('c',b'ab'),('s',1),('?',[]),('e',1e6),('f',1e300),('<f',1e300),('<i',True), ('>e', 65504.0), ('<e', 65520.0), ('<e', 1e-8), ('<e', 5.96e-8), ('<e', -0.0), ('>d', 1.5), ('!f', 3.14)]
for f,v in tests:
    try: print(f, struct.pack(f,v))
    except Exception as e: print(f, type(e).__name__, e)
for f in ['2', 'z', '<n', '!P', '3 i', ' i ', 'i2', 'ci', 'ic', '@bhilqd', '=bhilqd', 'x3s2p?e', '0s', '5x', 'cP']:
    try: print(repr(f), struct.calcsize(f))
    except Exception as e: print(repr(f), type(e).__name__, e)
try: struct.pack('ii', 1)
except Exception as e: print(e)
try: struct.unpack('ii', b'1')
except Exception as e: print(e)
try: struct.unpack_from('ii', b'12345678', 1)
except Exception as e: print(e)
try: struct.pack_into('ii', bytearray(10), 4, 1, 2)
except Exception as e: print(e)
try: struct.pack_into('ii', bytearray(10), -11, 1, 2)
except Exception as e: print(e)
try: list(struct.iter_unpack('ii', b'123'))
except Exception as e: print(e)
try: list(struct.iter_unpack('', b'123'))
except Exception as e: print(e)
s=struct.Struct('<ih'); print(s.format, s.size, struct.Struct(b'i').format)
class I:
  def __index__(self): return 7
print(struct.pack('i', I()), struct.pack('P', 5), struct.pack('p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('0s',b'a'))
print(struct.pack('2x'), struct.unpack('?', b'\x05'), struct.pack('?', 'a'))
data = struct.pack('@bhilqdfe?c5s3p', -1, 2, -3, 4, -5, 1.25, 0.1, 0.333, True, b'z', b'hello', b'ab')
print(data, len(data))
print(struct.unpack('@bhilqdfe?c5s3p', data))
print(struct.unpack('>HhIiQq', struct.pack('>HhIiQq', 1, -1, 2**32-1, -2**31, 2**64-1, -2**63)))
print(list(struct.iter_unpack('<hh', bytes(range(12)))))
buf = bytearray(12); struct.pack_into('<ii', buf, 2, 7, -7); print(buf)
print(struct.unpack_from('<i', buf, 2), struct.unpack_from('<i', buf, offset=6))
for x in [0.1, 1/3, 1e-5, 65504.0, 6.1e-5, 2.0**-24, float('inf'), -float('inf')]:
    print(x, struct.unpack('<e', struct.pack('<e', x)), struct.unpack('<f', struct.pack('<f', x)))
print(struct.unpack('<e', b'\x00\x7e'), struct.unpack('<d', struct.pack('<d', float('nan'))))
print(isinstance(struct.error('x'), Exception), struct.error.__name__)
