"""minipy: CPython's _sha256 (see _hashobj)."""
import _hashobj

SHA224Type = _hashobj.hash_type('_sha256', 'sha224', 28, 64)
SHA256Type = _hashobj.hash_type('_sha256', 'sha256', 32, 64)
sha224 = _hashobj.constructor(SHA224Type)
sha256 = _hashobj.constructor(SHA256Type)
del _hashobj
