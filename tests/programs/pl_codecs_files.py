# codecs: open() with an encoding, EncodedFile recoding, stream reader lines, error handler registry.
import codecs, os, io, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, 'f.txt')
with codecs.open(p, 'w', encoding='utf-16') as f:
    print(type(f).__name__, f.encoding)
    f.write('héllo\nwörld\n')
print(open(p, 'rb').read())
with codecs.open(p, 'r', encoding='utf-16') as f:
    print(f.readline(), f.read())
with codecs.open(p, 'r', 'utf-16') as f:
    print(list(f))
f = codecs.open(p, 'rb'); print(type(f).__name__, f.read()[:4]); f.close()
ef = codecs.EncodedFile(io.BytesIO('héllo'.encode('latin-1')), 'utf-8', 'latin-1')
print(ef.read())
out = io.BytesIO(); ef = codecs.EncodedFile(out, 'utf-8', 'utf-16-le'); ef.write('hé'.encode('utf-8')); print(out.getvalue())
def handler(exc):
    return ('?', exc.end) if False else ('<?>', 0)
print(codecs.lookup_error('replace') is codecs.replace_errors, codecs.lookup_error('ignore') is codecs.ignore_errors)
try: codecs.lookup_error('nope')
except LookupError as e: print(e)
codecs.register_error('mine', handler); print(codecs.lookup_error('mine') is handler)
ie = codecs.getincrementalencoder('utf-16')(); print(ie.encode('a'), ie.encode('b'), ie.encode('', True))
idec = codecs.getincrementaldecoder('utf-16')(); print([idec.decode(bytes([b])) for b in codecs.encode('ab', 'utf-16')])
ie = codecs.getincrementalencoder('utf-8-sig')(); print(ie.encode('a'), ie.encode('b'))
idec = codecs.getincrementaldecoder('utf-8-sig')(); print([idec.decode(bytes([b])) for b in codecs.encode('a\ufeffb', 'utf-8-sig')])
r = codecs.getreader('utf-8')(io.BytesIO(b'l1\r\nl2\nl3')); print(r.readlines())
os.remove(p); os.rmdir(d)
