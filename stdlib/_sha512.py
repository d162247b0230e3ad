"""minipy: CPython's _sha512 (see _hashobj)."""
import _hashobj

_SHA384Type = _hashobj.hash_type('_sha512', 'sha384', 48, 128)
# CPython 3.11 registers its sha512 type under the name SHA384Type (and no SHA512Type).
SHA384Type = _hashobj.hash_type('_sha512', 'sha512', 64, 128)
sha384 = _hashobj.constructor(_SHA384Type)
sha512 = _hashobj.constructor(SHA384Type)
del _hashobj
