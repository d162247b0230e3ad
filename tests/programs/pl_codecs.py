# codecs: lookup, encode/decode, incremental and stream coders, BOMs.
import codecs, io
print(sorted(n for n in dir(codecs) if not n.startswith('_')))
for e in ['utf-8', 'UTF8', 'utf-16', 'utf-16-le', 'utf-32-be', 'utf-8-sig']:
    ci = codecs.lookup(e)
    print(ci.name, codecs.encode('héllo€', e), codecs.decode(codecs.encode('h€\U0001f600', e), e))
print(codecs.encode('hello', 'ascii'), codecs.decode(b'h\xe9', 'latin-1'), codecs.lookup('latin1').name)
d = codecs.getincrementaldecoder('utf-8')()
print([d.decode(bytes([b])) for b in 'h€x'.encode()], d.decode(b'', True))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32, codecs.BOM_BE)
try: codecs.lookup('nope')
except LookupError as e: print(e)
print(codecs.utf_8_decode(b'ab\xe2\x82'), codecs.utf_16_decode(b'\xff\xfea\x00b'))
print(list(codecs.iterencode(['a','€'], 'utf-8')), list(codecs.iterdecode([b'a', b'\xe2', b'\x82\xac'], 'utf-8')))
print(codecs.escape_decode(b'a\\nb'), codecs.unicode_escape_decode(b'\\u00e9x'), codecs.unicode_escape_encode('é\n'))
print(codecs.lookup('utf-8')[0] is codecs.lookup('utf-8').encode)
w = codecs.getwriter('utf-8')(io.BytesIO()); w.write('héllo'); print(w.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO('a€\nb\n'.encode())); print(r.readline(), r.read())
def search(name):
    if name == 'mine':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='mine')
codecs.register(search)
print(codecs.encode('abc', 'mine'), codecs.decode(b'ABC', 'mine'), codecs.lookup('MINE').name)
codecs.unregister(search)
try: codecs.lookup('mine')
except LookupError as e: print(e)
