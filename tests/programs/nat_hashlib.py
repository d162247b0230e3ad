import hashlib
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','blake2b','blake2s']:
    h = hashlib.new(n, b'hello'); h.update(b' world'); c = h.copy(); c.update(b'!')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
print(hashlib.sha256(b'abc').digest())
print(hashlib.shake_128(b'x').hexdigest(10), hashlib.shake_256(b'x').hexdigest(5))
print(hashlib.blake2b(b'x', digest_size=16).hexdigest(), hashlib.blake2s(digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 100).hex())
print(hashlib.md5().hexdigest(), type(hashlib.md5()).__name__)
print(sorted(hashlib.algorithms_guaranteed))
