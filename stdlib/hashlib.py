"""hashlib module - A common interface to many hash functions.

new(name, data=b'', **kwargs) - returns a new hash object implementing the
                                given hash function; initializing the hash
                                using the given binary data.

Named constructor functions are also available, these are faster
than using new(name):

md5(), sha1(), sha224(), sha256(), sha384(), sha512(), blake2b(), blake2s(),
sha3_224, sha3_256, sha3_384, sha3_512, shake_128, and shake_256.
"""

# minipy: a hash object keeps the bytes fed to it and `_hash.digest` (RustCrypto's
# hashers) digests them on demand, so copy() is a copy of the buffer.

import _hash

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(__always_supported) | {'sha512_224', 'sha512_256'}

__all__ = __always_supported + ('new', 'algorithms_guaranteed',
                                'algorithms_available', 'pbkdf2_hmac', 'file_digest')

_INT_MAX = 2**31 - 1

# name: (digest_size, block_size)
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128),
    'sha512_256': (32, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
    'sha3_384': (48, 104), 'sha3_512': (64, 72), 'shake_128': (0, 168),
    'shake_256': (0, 136),
}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    if hasattr(data, 'tobytes'):
        return data.tobytes()
    raise TypeError(f"object supporting the buffer API required")


class HASH:
    """A hash represents the object used to calculate a checksum of a
string of information.

Methods:

update() -- updates the current digest with an additional string
digest() -- return the current digest value
hexdigest() -- return the current digest as a string of hexadecimal digits
copy() -- return a copy of the current hash object

Attributes:

name -- the hash algorithm being used by this object
digest_size -- number of bytes in this hashes output"""

    def __init__(self, name, data=b''):
        self._name = name
        self._buf = bytearray()
        if data:
            self._buf += _as_bytes(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data):
        """Update this hash object's state with the provided string."""
        self._buf += _as_bytes(data)

    def digest(self):
        """Return the digest value as a bytes object."""
        return _hash.digest(self._name, self._buf, 0)

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def copy(self):
        """Return a copy of the hash object."""
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._buf = bytearray(self._buf)
        return other

    def __repr__(self):
        return f"<{self._name} _hashlib.HASH object @ {hex(id(self))}>"


class HASHXOF(HASH):
    """A hash is an object used to calculate a checksum of a string of information."""

    def digest(self, length):
        """Return the digest value as a bytes object."""
        if length < 0:
            raise ValueError("negative digest length")
        return _hash.digest(self._name, self._buf, length)

    def hexdigest(self, length):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest(length).hex()

    def __repr__(self):
        return f"<{self._name} _hashlib.HASHXOF object @ {hex(id(self))}>"


_HASH, _HASHXOF = HASH, HASHXOF
del HASH, HASHXOF


from _blake2 import blake2b, blake2s


def _maker(name, xof=False):
    cls = _HASHXOF if xof else _HASH

    def constructor(string=b'', *, usedforsecurity=True, data=None):
        return cls(name, string if data is None else data)
    constructor.__name__ = 'openssl_' + name
    constructor.__qualname__ = 'openssl_' + name
    constructor.__doc__ = f"Returns a {name} hash object; optionally initialized with a string"
    return constructor


md5 = _maker('md5')
sha1 = _maker('sha1')
sha224 = _maker('sha224')
sha256 = _maker('sha256')
sha384 = _maker('sha384')
sha512 = _maker('sha512')
sha3_224 = _maker('sha3_224')
sha3_256 = _maker('sha3_256')
sha3_384 = _maker('sha3_384')
sha3_512 = _maker('sha3_512')
shake_128 = _maker('shake_128', True)
shake_256 = _maker('shake_256', True)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    low = name.lower()
    if low == 'blake2b':
        return blake2b(data, **kwargs)
    if low == 'blake2s':
        return blake2s(data, **kwargs)
    if low in ('shake_128', 'shake_256'):
        return _HASHXOF(low, data)
    low = {'sha-1': 'sha1', 'sha-224': 'sha224', 'sha-256': 'sha256', 'sha-384': 'sha384',
           'sha-512': 'sha512', 'sha512-224': 'sha512_224', 'sha512-256': 'sha512_256'}.get(low, low)
    if low not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _HASH(low, data)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    password = bytes(_as_bytes(password))
    salt = bytes(_as_bytes(salt))
    iterations = _c_long(iterations)
    new(hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if iterations > _INT_MAX:
        raise OverflowError("iteration value is too great.")
    if dklen is not None:
        dklen = _c_long(dklen)
        if dklen < 1:
            raise ValueError("key length must be greater than 0.")
        if dklen > _INT_MAX:
            raise OverflowError("key length is too great.")
    inner = new(hash_name)
    outer = new(hash_name)
    blocksize = inner.block_size
    if len(password) > blocksize:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (blocksize - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        icpy = inner.copy()
        ocpy = outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if dklen is None:
        dklen = outer.digest_size
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for i in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]


def _c_long(value):
    value = value.__index__()
    if not -2**63 <= value < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    return value


def _buffer(data):
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64):
    """scrypt password-based key derivation function."""
    password = _buffer(password)
    if salt is None:
        raise TypeError("salt is required")
    salt = _buffer(salt)
    for name, value in (('n', n), ('r', r), ('p', p), ('maxmem', maxmem), ('dklen', dklen)):
        if value is not None and not isinstance(value, int):
            raise TypeError(f"scrypt() argument '{name}' must be int, not {type(value).__name__}")
    if n is None or n < 0 or n >= 2**64:
        raise TypeError("n is required and must be an unsigned int")
    if n < 2 or n & (n - 1):
        raise ValueError("n must be a power of 2.")
    if r is None or r < 0 or r >= 2**64:
        raise TypeError("r is required and must be an unsigned int")
    if p is None or p < 0 or p >= 2**64:
        raise TypeError("p is required and must be an unsigned int")
    maxmem = _c_long(maxmem)
    if maxmem < 0 or maxmem > _INT_MAX:
        raise ValueError(f"maxmem must be positive and smaller than {_INT_MAX}")
    dklen = _c_long(dklen)
    if dklen < 1 or dklen > _INT_MAX:
        raise ValueError(f"dklen must be greater than 0 and smaller than {_INT_MAX}")
    # OpenSSL's checks: r*p < 2**30, n < 2**(16*r), and the working memory
    # (p blocks of 128*r bytes, n+2 more for ROMix) within maxmem (32 MiB if 0).
    if r == 0 or p == 0 or r * p >= 2**30 or (16 * r < 64 and n >= 1 << (16 * r)):
        raise ValueError("Invalid parameter combination for n, r, p, maxmem.")
    if 128 * r * (n + 2) + 128 * r * p > (maxmem or 32 * 1024 * 1024):
        raise ValueError("[digital envelope routines] memory limit exceeded")
    blocks = pbkdf2_hmac('sha256', password, salt, 1, p * 128 * r)
    size = 128 * r
    mixed = b''.join(_hash.scrypt_romix(blocks[i:i + size], r, n)
                     for i in range(0, len(blocks), size))
    return pbkdf2_hmac('sha256', password, mixed, 1, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj

