import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
for ctor in (_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384,
             _sha512.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512,
             _blake2.blake2b, _blake2.blake2s):
    h = ctor(data[:10])
    h.update(data[10:])
    c = h.copy()
    c.update(b"!")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
    print(ctor(string=data).hexdigest() == h.hexdigest() if ctor.__module__ not in ('_sha3', '_blake2') else ctor(data).hexdigest() == h.hexdigest())
for x in (_sha3.shake_128(data), _sha3.shake_256(data)):
    print(x.name, x.digest_size, x.block_size, x.hexdigest(10), x.digest(3))
s = _sha3.sha3_256()
print(s._capacity_bits, s._rate_bits, s._suffix, _sha3.shake_128()._suffix)
print(_blake2.blake2b(data, digest_size=20).hexdigest(), _blake2.blake2s(digest_size=8).digest_size)
print(type(_md5.md5()).__name__, _md5.MD5Type is type(_md5.md5()), _sha512.SHA384Type.__name__)
for bad in (lambda: _md5.MD5Type(), lambda: _md5.md5("text"), lambda: _blake2.blake2b(digest_size=65)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hashlib.blake2b is _blake2.blake2b, hashlib.new('blake2s', b'x').hexdigest())
print(hashlib.md5(memoryview(b'abc')).hexdigest(), _md5.md5(bytearray(b'abc')).hexdigest())
