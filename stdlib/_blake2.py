"""minipy: CPython's _blake2 (see _hashobj). Keyed, salted and personalised hashes
and tree parameters other than the defaults are not supported."""
import _hashobj

BLAKE2B_SALT_SIZE = 16
BLAKE2B_PERSON_SIZE = 16
BLAKE2B_MAX_KEY_SIZE = 64
BLAKE2B_MAX_DIGEST_SIZE = 64
BLAKE2S_SALT_SIZE = 8
BLAKE2S_PERSON_SIZE = 8
BLAKE2S_MAX_KEY_SIZE = 32
BLAKE2S_MAX_DIGEST_SIZE = 32


class _Blake2(_hashobj._Hash):
    __slots__ = ('_size',)

    def __new__(cls, data=None, /, *, digest_size=None, key=b'', salt=b'', person=b'',
                fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                inner_size=0, last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = cls.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= cls.MAX_DIGEST_SIZE:
            raise ValueError(f"digest_size must be between 1 and {cls.MAX_DIGEST_SIZE} bytes")
        if key or salt or person:
            raise NotImplementedError("keyed/salted blake2 is not supported by minipy")
        obj = _hashobj.new_object(cls, data)
        obj._size = digest_size
        return obj

    @property
    def digest_size(self):
        return self._size

    def digest(self):
        """Return the digest value as a bytes object."""
        return _hashobj._hash.digest(self.name, self._buf, self._size)

    def copy(self):
        """Return a copy of the hash object."""
        other = super().copy()
        other._size = self._size
        return other


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""
    __slots__ = ()
    name = 'blake2b'
    block_size = 128
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""
    __slots__ = ()
    name = 'blake2s'
    block_size = 64
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


blake2b.__module__ = blake2s.__module__ = '_blake2'
