"""minipy: CPython's _sha1 (see _hashobj)."""
import _hashobj

SHA1Type = _hashobj.hash_type('_sha1', 'sha1', 20, 64)
sha1 = _hashobj.constructor(SHA1Type)
del _hashobj
