"""minipy: the hash object types of _md5, _sha1, _sha256, _sha512, _sha3 and _blake2.

An object keeps the bytes fed to it and `_hash.digest` (RustCrypto's hashers) digests
them on demand, so copy() is a copy of the buffer."""

import _hash


def as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


def _no_new(cls, *args, **kwargs):
    raise TypeError(f"cannot create '{cls.__module__}.{cls.__name__}' instances")


class _Hash:
    __slots__ = ('_buf',)

    def update(self, obj, /):
        """Update this hash object's state with the provided string."""
        self._buf += as_bytes(obj)

    def digest(self):
        """Return the digest value as a bytes object."""
        return _hash.digest(self.name, self._buf, self.digest_size)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other._buf = bytearray(self._buf)
        return other

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__name__} object at {hex(id(self))}>"


class _Xof(_Hash):
    __slots__ = ()

    def digest(self, length):
        """Return the digest value as a bytes object."""
        if length < 0:
            raise ValueError("value must be positive")
        return _hash.digest(self.name, self._buf, length)

    def hexdigest(self, length):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest(length).hex()


def new_object(cls, data):
    obj = object.__new__(cls)
    obj._buf = bytearray()
    if data is not None:
        obj._buf += as_bytes(data)
    return obj


def hash_type(module, name, digest_size, block_size, xof=False, **extra):
    """A type CPython's C modules would define: not instantiable from Python."""
    ns = {'__slots__': (), '__module__': module, '__new__': _no_new, 'name': name,
          'digest_size': digest_size, 'block_size': block_size}
    ns.update(extra)
    return type(name, (_Xof if xof else _Hash,), ns)


def constructor(cls):
    """The module-level function that makes `cls` objects, as `_md5.md5(...)`."""
    name = cls.name

    def make(string=None, *, usedforsecurity=True):
        return new_object(cls, string)
    make.__name__ = make.__qualname__ = name
    make.__doc__ = f"Return a new {name.upper()} hash object; optionally initialized with a string."
    make.__module__ = cls.__module__
    return make
