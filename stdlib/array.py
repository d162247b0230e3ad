"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

# minipy: the items live in a list, each checked and converted to its C type's range
# when stored; the byte form is produced by `_floatpack` and int.to_bytes on demand.

import _floatpack

typecodes = 'bBuhHiIlLqQfd'

_SIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
         'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED_NAMES = {'b': 'signed char', 'h': 'signed short integer', 'i': 'signed integer'}
_UNSIGNED_NAMES = {'B': 'unsigned byte integer', 'H': 'unsigned short', 'I': 'unsigned int'}


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return v.__index__()


def _convert(tc, v):
    if tc in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            if isinstance(v, str):
                raise TypeError(f"must be real number, not {type(v).__name__}")
            x = float(v)
        else:
            raise TypeError(f"must be real number, not {type(v).__name__}")
        if tc == 'f':
            x = _floatpack.unpack(_floatpack.pack(x, 4, False))
        return x
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    n = _index(v)
    if tc in 'qQ':
        if tc == 'Q' and n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if not (-(1 << 63) <= n < (1 << 63) if tc == 'q' else n < (1 << 64)):
            raise OverflowError("int too big to convert")
        return n
    if tc in 'IL':
        if n >= (1 << 64):
            raise OverflowError("Python int too large to convert to C unsigned long")
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if tc == 'I' and n >= (1 << 32):
            raise OverflowError("unsigned int is greater than maximum")
        return n
    if not -(1 << 63) <= n < (1 << 63):
        raise OverflowError("Python int too large to convert to C long")
    if tc == 'l':
        return n
    bits = _SIZE[tc] * 8
    if tc in _SIGNED_NAMES:
        if n >= 1 << (bits - 1):
            raise OverflowError(f"{_SIGNED_NAMES[tc]} is greater than maximum")
        if n < -(1 << (bits - 1)):
            raise OverflowError(f"{_SIGNED_NAMES[tc]} is less than minimum")
    else:
        if n >= 1 << bits:
            raise OverflowError(f"{_UNSIGNED_NAMES[tc]} is greater than maximum")
        if n < 0:
            raise OverflowError(f"{_UNSIGNED_NAMES[tc]} is less than minimum")
    return n


def _to_bytes(tc, items):
    size = _SIZE[tc]
    if tc in 'fd':
        return b''.join([_floatpack.pack(x, size, False) for x in items])
    if tc == 'u':
        return ''.join(items).encode('utf-32-le') if items else b''
    signed = tc in 'bhilq'
    return b''.join([x.to_bytes(size, 'little', signed=signed) for x in items])


def _from_bytes(tc, data):
    size = _SIZE[tc]
    if tc in 'fd':
        return [_floatpack.unpack(data[i:i + size]) for i in range(0, len(data), size)]
    if tc == 'u':
        return [chr(int.from_bytes(data[i:i + 4], 'little')) for i in range(0, len(data), 4)]
    signed = tc in 'bhilq'
    return [int.from_bytes(data[i:i + size], 'little', signed=signed)
            for i in range(0, len(data), size)]


def _buffer_bytes(obj):
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj)
    if isinstance(obj, array):
        return obj.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
string or iterable over elements of the appropriate type.

Arrays represent basic values and behave very much like lists, except
the type of objects stored in them is constrained. The type is specified
at object creation time by using a type code, which is a single character.
"""

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in _SIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._tc == 'u' and typecode != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self._items = [_convert(typecode, x) for x in initializer._items]
        else:
            self._items = [_convert(typecode, x) for x in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZE[self._tc]

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array.__new__(type(self) if type(self) is array else array, self._tc)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = list(v._items)
            return
        v = _convert(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __radd__(self, other):
        # bytes + buffer: CPython concatenates the buffer's bytes.
        if isinstance(other, (bytes, bytearray)):
            return type(other)(bytes(other) + self.tobytes())
        return NotImplemented

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    _minipy_buffer_ = True

    def __bytes__(self):
        return self.tobytes()

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)), getattr(self, '__dict__', None) or None)

    def _write_bytes(self, offset, data):
        raw = bytearray(self.tobytes())
        raw[offset:offset + len(data)] = data
        self._items = _from_bytes(self._tc, bytes(raw))

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_convert(self._tc, v))

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."""
        return (id(self._items), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _SIZE[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join([data[i:i + size][::-1] for i in range(0, len(data), size)])
        self._items = _from_bytes(self._tc, swapped)

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
            return
        tc = self._tc
        self._items.extend([_convert(tc, x) for x in bb])

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = _buffer_bytes(buffer)
        if len(data) % _SIZE[self._tc]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_from_bytes(self._tc, data))

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        if n < 0:
            raise ValueError("negative count")
        size = n * _SIZE[self._tc]
        data = f.read(size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        usable = len(data) - len(data) % _SIZE[self._tc]
        self.frombytes(data[:usable])
        if len(data) != size:
            raise EOFError("read() didn't return enough bytes")

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError("arg must be list")
        tc = self._tc
        self._items.extend([_convert(tc, x) for x in list])

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(ustr).__name__}")
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(ustr)

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        if stop is None:
            stop = n
        for i in range(n)[start:stop]:
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(i, _convert(self._tc, v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return _to_bytes(self._tc, self._items)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)


array.__module__ = 'array'
ArrayType = array
