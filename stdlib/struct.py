"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""

# minipy: written in Python over `_floatpack` (the IEEE conversions); a format is
# compiled once into a list of (code, count, offset) items and cached.

import _floatpack

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',
    'Struct',
    'error'
]


class error(Exception):
    pass


error.__module__ = 'struct'

# code: (native size, standard size, signed, kind)
_CODES = {
    'x': (1, 1, False, 'pad'), 'c': (1, 1, False, 'char'), 'b': (1, 1, True, 'int'),
    'B': (1, 1, False, 'int'), '?': (1, 1, False, 'bool'), 'h': (2, 2, True, 'int'),
    'H': (2, 2, False, 'int'), 'i': (4, 4, True, 'int'), 'I': (4, 4, False, 'int'),
    'l': (8, 4, True, 'int'), 'L': (8, 4, False, 'int'), 'q': (8, 8, True, 'int'),
    'Q': (8, 8, False, 'int'), 'n': (8, None, True, 'int'), 'N': (8, None, False, 'int'),
    'P': (8, None, False, 'ptr'), 'e': (2, 2, False, 'float'), 'f': (4, 4, False, 'float'),
    'd': (8, 8, False, 'float'), 's': (1, 1, False, 'str'), 'p': (1, 1, False, 'pascal'),
}
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _parse(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(fmt).__name__}")
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order in '@=<'
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if '0' <= ch <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            ch = fmt[i]
        info = _CODES.get(ch)
        if info is None or (not native and info[1] is None):
            raise error("bad char in struct format")
        size = info[0] if native else info[1]
        if count is None:
            count = 1
        if native and size > 1 and info[3] not in ('str', 'pascal', 'pad', 'char'):
            offset = (offset + size - 1) // size * size
        items.append((ch, count, offset, size))
        if info[3] in ('str', 'pascal', 'pad'):
            offset += count
        else:
            offset += count * size
        i += 1
    return fmt, native, little, items, offset


def _pack_int(code, value, size, native, little):
    if not isinstance(value, int):
        if hasattr(type(value), '__index__') and not isinstance(value, float):
            value = value.__index__()
        else:
            raise error("required argument is not an integer")
    signed = _CODES[code][2]
    if code == 'P':
        if not -(1 << 64) < value < (1 << 64):
            raise error("argument out of range")
        value &= (1 << 64) - 1
    elif code in _NAMED:
        if not -(1 << 63) <= value < (1 << 63):
            raise error("argument out of range")
        lo, hi = ((-(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1) if signed
                  else (0, (1 << (size * 8)) - 1))
        if not lo <= value <= hi:
            raise error(f"{_NAMED[code]} format requires {lo} <= number <= {hi}")
    elif signed:
        if not -(1 << 63) <= value < (1 << 63):
            raise error("argument out of range")
        lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
        if not lo <= value <= hi:
            raise error(f"'{code}' format requires {lo} <= number <= {hi}")
    else:
        if not 0 <= value < (1 << 64):
            raise error("argument out of range")
        hi = (1 << (size * 8)) - 1
        if value > hi:
            raise error(f"'{code}' format requires 0 <= number <= {hi}")
    if signed and value < 0:
        value += 1 << (size * 8)
    return value.to_bytes(size, 'little' if little else 'big')


def _pack_float(value, size, native, little):
    if not isinstance(value, (int, float)) and not hasattr(type(value), '__float__') \
            and not hasattr(type(value), '__index__'):
        raise error("required argument is not a float")
    b = _floatpack.pack(value, size, not native)
    return b if little else b[::-1]


def _buffer(obj):
    if isinstance(obj, (bytes, bytearray)):
        return obj
    try:
        return memoryview(obj).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'") from None


def _writable_bytes(obj):
    """A byte view of any writable buffer (bytearray, array, memoryview...)."""
    try:
        view = memoryview(obj)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError(f"argument must be read-write bytes-like object, not {type(obj).__name__}")
    return view.cast('B') if view.format != 'B' else view


class Struct:
    """Struct(format)

Create a compiled struct object.

Return a new Struct object which writes and reads binary data according to
the format string.

See help(struct) for more on format strings."""

    def __init__(self, format):
        fmt, self._native, self._little, self._items, self._size = _parse(format)
        self._format = fmt
        self._nargs = sum(c if code not in 'xsp' else (0 if code == 'x' else 1)
                          for code, c, _, _ in self._items)

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def __repr__(self):
        return f"Struct({self._format!r})"

    def _pack(self, args):
        if len(args) != self._nargs:
            raise error(f"pack expected {self._nargs} items for packing (got {len(args)})")
        out = bytearray(self._size)
        native, little = self._native, self._little
        k = 0
        for code, count, offset, size in self._items:
            kind = _CODES[code][3]
            if kind == 'pad':
                continue
            if kind in ('str', 'pascal'):
                v = args[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error(f"argument for '{code}' must be a bytes object")
                if kind == 'str':
                    data = bytes(v[:count])
                else:
                    n = min(len(v), count - 1, 255) if count else 0
                    data = bytes([n]) + bytes(v[:n]) if count else b''
                    data = data[:count]
                out[offset:offset + len(data)] = data
                continue
            pos = offset
            for _ in range(count):
                v = args[k]
                k += 1
                if kind == 'int' or kind == 'ptr':
                    b = _pack_int(code, v, size, native, little)
                elif kind == 'float':
                    b = _pack_float(v, size, native, little)
                elif kind == 'bool':
                    b = b'\x01' if v else b'\x00'
                else:
                    if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                        raise error("char format requires a bytes object of length 1")
                    b = bytes(v)
                out[pos:pos + size] = b
                pos += size
        return bytes(out)

    def _unpack(self, data):
        out = []
        little = self._little
        for code, count, offset, size in self._items:
            kind = _CODES[code][3]
            if kind == 'pad':
                continue
            if kind == 'str':
                out.append(bytes(data[offset:offset + count]))
                continue
            if kind == 'pascal':
                if count == 0:
                    out.append(b'')
                    continue
                n = min(data[offset], count - 1)
                out.append(bytes(data[offset + 1:offset + 1 + n]))
                continue
            pos = offset
            for _ in range(count):
                chunk = bytes(data[pos:pos + size])
                pos += size
                if kind == 'int' or kind == 'ptr':
                    out.append(int.from_bytes(chunk, 'little' if little else 'big',
                                              signed=_CODES[code][2]))
                elif kind == 'float':
                    out.append(_floatpack.unpack(chunk if little else chunk[::-1]))
                elif kind == 'bool':
                    out.append(chunk != b'\x00')
                else:
                    out.append(chunk)
        return tuple(out)

    def pack(self, *args):
        """S.pack(v1, v2, ...) -> bytes

Return a bytes object containing values v1, v2, ... packed according
to the format string S.format.  See help(struct) for more on format
strings."""
        return self._pack(args)

    def pack_into(self, buffer, offset, *args):
        """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string S.format
and write the packed bytes into the writable buffer buf starting at
offset.  Note that the offset is a required argument.  See
help(struct) for more on format strings."""
        data = self._pack(args)
        view = _writable_bytes(buffer)
        n = len(view)
        if offset < 0:
            if offset + n < 0:
                raise error(f"offset {offset} out of range for {n}-byte buffer")
            offset += n
        if n - offset < self._size:
            raise error(f"pack_into requires a buffer of at least {self._size + offset} bytes "
                        f"for packing {self._size} bytes at offset {offset} "
                        f"(actual buffer size is {n})")
        view[offset:offset + self._size] = data

    def unpack(self, buffer):
        """S.unpack(buffer) -> (v1, v2, ...)

Return a tuple containing values unpacked according to the format
string S.format.  The buffer's size in bytes must be S.size.  See
help(struct) for more on format strings."""
        data = _buffer(buffer)
        if len(data) != self._size:
            raise error(f"unpack requires a buffer of {self._size} bytes")
        return self._unpack(data)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer, offset=0) -> (v1, v2, ...)

Return a tuple containing values unpacked according to the format
string S.format.  The buffer's size in bytes, minus offset, must be at
least S.size.  See help(struct) for more on format strings."""
        data = _buffer(buffer)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error(f"offset {offset} out of range for {n}-byte buffer")
            offset += n
        if n - offset < self._size:
            if offset > n:
                raise error(f"unpack_from requires a buffer of at least {self._size + offset} "
                            f"bytes for unpacking {self._size} bytes at offset {offset} "
                            f"(actual buffer size is {n})")
            raise error(f"unpack_from requires a buffer of at least {self._size + offset} "
                        f"bytes for unpacking {self._size} bytes at offset {offset} "
                        f"(actual buffer size is {n})")
        return self._unpack(data[offset:offset + self._size])

    def iter_unpack(self, buffer):
        """S.iter_unpack(buffer) -> iterator(v1, v2, ...)

Return an iterator yielding tuples unpacked from the given bytes
source, like a repeated invocation of unpack_from().  Requires that
the bytes length be a multiple of the struct size."""
        data = _buffer(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self._size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self._size} bytes")
        return _unpack_iterator(self, data)


def _unpack_iterator(s, data):
    size = s._size
    for i in range(0, len(data), size):
        yield s._unpack(data[i:i + size])


_cache = {}


def _compile(fmt):
    key = (type(fmt), fmt)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    s = Struct(fmt)
    if len(_cache) > 100:
        _cache.clear()
    try:
        _cache[key] = s
    except TypeError:
        pass
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _compile(format).size


def pack(format, /, *args):
    """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
    return _compile(format)._pack(args)


def pack_into(format, buffer, offset, /, *args):
    """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is a required argument.  See help(struct) for more
on format strings."""
    return _compile(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size in bytes must be calcsize(format).

See help(struct) for more on format strings."""
    return _compile(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size, minus offset, must be at least calcsize(format).

See help(struct) for more on format strings."""
    return _compile(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes.

The bytes are unpacked according to the format string, like
a repeated invocation of unpack_from().

Requires that the bytes length be a multiple of the format struct size."""
    return _compile(format).iter_unpack(buffer)
