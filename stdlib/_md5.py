"""minipy: CPython's _md5 (see _hashobj)."""
import _hashobj

MD5Type = _hashobj.hash_type('_md5', 'md5', 16, 64)
md5 = _hashobj.constructor(MD5Type)
del _hashobj
