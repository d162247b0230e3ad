"""minipy: CPython's _sha3 (see _hashobj). Its types are also the constructors."""
import _hashobj

implementation = 'tiny_sha3'
keccakopt = 0


def _sha3_type(name, digest_size, rate_bytes, xof=False):
    cls = _hashobj.hash_type('_sha3', name, digest_size, rate_bytes, xof,
                             _capacity_bits=1600 - rate_bytes * 8, _rate_bits=rate_bytes * 8,
                             _suffix=b'\x1f' if xof else b'\x06')

    def __new__(cls, data=None, /, *, usedforsecurity=True):
        return _hashobj.new_object(cls, data)
    cls.__new__ = __new__
    return cls


sha3_224 = _sha3_type('sha3_224', 28, 144)
sha3_256 = _sha3_type('sha3_256', 32, 136)
sha3_384 = _sha3_type('sha3_384', 48, 104)
sha3_512 = _sha3_type('sha3_512', 64, 72)
shake_128 = _sha3_type('shake_128', 0, 168, True)
shake_256 = _sha3_type('shake_256', 0, 136, True)
del _sha3_type
