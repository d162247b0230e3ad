import hashlib
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

for m in (hashlib, _md5, _sha1, _sha256, _sha512, _sha3, _blake2):
    print(m.__name__, sorted(n for n in dir(m) if not n.startswith('_')))
print(_sha3.implementation, _sha3.keccakopt, _blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE)
for obj in (_md5.md5(), _sha3.sha3_256(), _sha3.shake_128()):
    print(type(obj).__module__, type(obj).__name__, sorted(n for n in dir(obj) if not n.startswith('_')))
