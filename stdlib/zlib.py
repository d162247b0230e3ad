"""The functions in this module allow compression and decompression using the
zlib library, which is based on GNU zip.

adler32(string[, start]) -- Compute an Adler-32 checksum.
compress(data[, level]) -- Compress data, with compression level 0-9 or -1.
compressobj([level[, ...]]) -- Return a compressor object.
crc32(string[, start]) -- Compute a CRC-32 checksum.
decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.
decompressobj([wbits[, zdict]]) -- Return a decompressor object.

'wbits' is window buffer size and container format.
Compressor objects support compress() and flush() methods; decompressor
objects support decompress() and flush()."""

# minipy: streams are native (`_zlib`, the system zlib), held by integer handles.

import _zlib


class error(Exception):
    pass


error.__module__ = 'zlib'

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


def _data(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if hasattr(data, 'tobytes'):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def _call(f, *args):
    try:
        return f(*args)
    except RuntimeError as e:
        raise error(str(e)) from None


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data."""
    return _zlib.crc32(_data(data), value & 0xffffffff)


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data."""
    return _zlib.adler32(_data(data), value & 0xffffffff)


class _Compress:
    def __init__(self, level, wbits):
        self._h = _call(_zlib.compressobj, level, wbits)
        self._done = False

    def compress(self, data, /):
        """Returns a bytes object containing compressed data."""
        if self._done:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return _call(_zlib.compress, self._h, _data(data), Z_NO_FLUSH)

    def flush(self, mode=Z_FINISH, /):
        """Return a bytes object containing any remaining compressed data."""
        if mode == Z_NO_FLUSH:
            return b''
        if self._done:
            raise error("Error -2 while flushing: inconsistent stream state")
        out = _call(_zlib.compress, self._h, b'', mode)
        if mode == Z_FINISH:
            self._done = True
            _zlib.free(self._h)
        return out

    def copy(self):
        raise ValueError("Inconsistent stream state")

    def __del__(self):
        try:
            _zlib.free(self._h)
        except Exception:
            pass


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._h = _zlib.decompressobj(wbits)
        self._fresh = True
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        """Return a bytes object containing the decompressed version of the data."""
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        data = _data(data)
        if self.eof:
            self.unused_data += data
            return b''
        out, used, eof = _call(_zlib.decompress, self._h, self._wbits, data, max_length, self._fresh)
        if data:
            self._fresh = False
        if eof:
            self.eof = True
            self.unused_data += data[used:]
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = data[used:]
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return a bytes object containing any remaining decompressed data."""
        if length <= 0:
            raise ValueError("length must be greater than zero")
        tail = self.unconsumed_tail
        if not tail or self.eof:
            return b''
        return self.decompress(tail)

    def copy(self):
        raise ValueError("Inconsistent stream state")

    def __del__(self):
        try:
            _zlib.free(self._h)
        except Exception:
            pass


_Compress.__name__ = _Compress.__qualname__ = 'Compress'
_Decompress.__name__ = _Decompress.__qualname__ = 'Decompress'


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    c = _Compress(level, wbits)
    return c.compress(data) + c.flush()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    data = _data(data)
    out, used, eof = _call(_zlib.decompress, 0, wbits, data, 0, True)
    if not eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if method != DEFLATED:
        raise ValueError("Invalid initialization option")
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    return _Decompress(wbits)
