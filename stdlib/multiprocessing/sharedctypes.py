# multiprocessing.sharedctypes: values and arrays in memory shared with forked
# children (an anonymous MAP_SHARED mapping from _multiprocessing). Without ctypes,
# the typecodes stand for the ctypes types CPython would use, with their reprs.
import struct
import weakref
import _multiprocessing

from . import context
from . import reduction

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

_mp = _multiprocessing.SemLock.__init__.__globals__
_region_new = _mp['_region_new']
_region_free = _mp['_region_free']
_region_read = _mp['_region_read']
_region_write = _mp['_region_write']


class _Region:
    """Owns one shared mapping; unmapped when the last object using it dies."""

    def __init__(self, size):
        self.handle = None
        self.handle = _region_new(size)

    def __del__(self):
        if self.handle is not None:
            _region_free(self.handle)
            self.handle = None


class _SimpleCData:
    """A scalar in shared memory, like a ctypes simple type."""
    _fmt = 'i'

    def __init__(self, value=None, *, _region=None, _offset=0):
        self._region = _region if _region is not None else _Region(struct.calcsize(self._fmt))
        self._offset = _offset
        if value is not None:
            self.value = value

    def _get(self):
        raw = _region_read(self._region.handle, self._offset, struct.calcsize(self._fmt))
        return struct.unpack(self._fmt, raw)[0]

    def _set(self, value):
        _region_write(self._region.handle, self._offset, self._pack(value))

    @classmethod
    def _pack(cls, value):
        if isinstance(value, float) and cls._fmt not in 'fd':
            raise TypeError('int expected instead of float')
        if not isinstance(value, int) and cls._fmt not in 'fd':
            raise TypeError("an integer is required (got type %s)" % type(value).__name__)
        if cls._fmt in 'fd':
            if not isinstance(value, (int, float)):
                raise TypeError('must be real number, not %s' % type(value).__name__)
            return struct.pack(cls._fmt, value)
        # ctypes wraps integers to the C type's width.
        bits = struct.calcsize(cls._fmt) * 8
        value &= (1 << bits) - 1
        if cls._fmt.islower() and value >= 1 << (bits - 1):
            value -= 1 << bits
        return struct.pack(cls._fmt, value)

    @property
    def value(self):
        return self._get()

    @value.setter
    def value(self, value):
        self._set(value)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)

    def __reduce__(self):
        raise TypeError('ctypes objects in shared memory are inherited through fork only')


def _simple(name, fmt):
    return type(name, (_SimpleCData,), {'_fmt': fmt, '__module__': 'ctypes'})


c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = _simple('c_long', 'l')
c_ulong = _simple('c_ulong', 'L')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')


class c_char(_SimpleCData):
    _fmt = 'c'

    @classmethod
    def _pack(cls, value):
        if isinstance(value, int):
            if not 0 <= value < 256:
                raise TypeError('one character bytes, bytearray or integer expected')
            return bytes([value])
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            return bytes(value)
        raise TypeError('one character bytes, bytearray or integer expected')


class c_wchar(_SimpleCData):
    _fmt = 'I'

    def _get(self):
        raw = _region_read(self._region.handle, self._offset, 4)
        return chr(struct.unpack('I', raw)[0])

    @classmethod
    def _pack(cls, value):
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('one character unicode string expected')
        return struct.pack('I', ord(value))


c_char.__module__ = c_wchar.__module__ = 'ctypes'
c_longlong = c_long
c_ulonglong = c_ulong

typecode_to_type = {
    'c': c_char, 'u': c_wchar,
    'b': c_byte, 'B': c_ubyte,
    'h': c_short, 'H': c_ushort,
    'i': c_int, 'I': c_uint,
    'l': c_long, 'L': c_ulong,
    'q': c_longlong, 'Q': c_ulonglong,
    'f': c_float, 'd': c_double
}


def _size(type_):
    return 4 if type_ is c_wchar else struct.calcsize(type_._fmt)


class _ArrayBase:
    """A fixed-length array in shared memory, like a ctypes array type."""
    _type_ = c_int
    _length_ = 0

    def __init__(self, *args):
        self._item = _size(self._type_)
        self._region = _Region(self._item * self._length_)
        if len(args) > self._length_:
            raise IndexError('indices must be integers')
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return self._length_

    def _cell(self, i):
        return self._type_(_region=self._region, _offset=i * self._item)

    def _index(self, i):
        if not isinstance(i, int):
            i = i.__index__()
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError('invalid index')
        return i

    def _all(self):
        raw = _region_read(self._region.handle, 0, self._item * self._length_)
        t = self._type_
        if t is c_char:
            return raw
        if t is c_wchar:
            return ''.join(chr(c) for c in struct.unpack('%dI' % self._length_, raw))
        return list(struct.unpack('%d%s' % (self._length_, t._fmt), raw))

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = self._all()
            got = items[i]
            return got
        return self._cell(self._index(i)).value

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            idx = range(*i.indices(self._length_))
            value = list(value) if not isinstance(value, (bytes, str)) else value
            if len(value) != len(idx):
                raise ValueError('Can only assign sequence of same size')
            if self._type_ is c_char:
                value = [bytes([b]) for b in value]
            for j, v in zip(idx, value):
                self._cell(j).value = v
            return
        self._cell(self._index(i)).value = value

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._type_ is c_char:
            raw = self._all()
            n = raw.find(b'\0')
            return raw if n < 0 else raw[:n]
        if self._type_ is c_wchar:
            s = self._all()
            n = s.find('\0')
            return s if n < 0 else s[:n]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, value):
        if self._type_ is c_char:
            if not isinstance(value, bytes):
                raise TypeError('bytes expected instead of %s instance' % type(value).__name__)
            if len(value) > self._length_:
                raise ValueError('byte string too long')
            data = value + (b'\0' if len(value) < self._length_ else b'')
            _region_write(self._region.handle, 0, data)
            return
        if self._type_ is c_wchar:
            if not isinstance(value, str):
                raise TypeError('unicode string expected instead of %s instance' % type(value).__name__)
            if len(value) > self._length_:
                raise ValueError('string too long')
            data = value + ('\0' if len(value) < self._length_ else '')
            for i, ch in enumerate(data):
                self._cell(i).value = ch
            return
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @property
    def raw(self):
        if self._type_ is not c_char:
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return self._all()

    @raw.setter
    def raw(self, value):
        if self._type_ is not c_char:
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        if len(value) > self._length_:
            raise ValueError('byte string too long')
        _region_write(self._region.handle, 0, bytes(value))

    def __reduce__(self):
        raise TypeError('ctypes objects in shared memory are inherited through fork only')


_array_types = {}


def _array_type(type_, length):
    key = (type_, length)
    t = _array_types.get(key)
    if t is None:
        t = type('%s_Array_%d' % (type_.__name__, length), (_ArrayBase,),
                 {'_type_': type_, '_length_': length})
        _array_types[key] = t
    return t


def _new_value(type_):
    return type_()


def RawValue(typecode_or_type, *args):
    """Returns a ctypes object allocated from shared memory"""
    type_ = typecode_to_type.get(typecode_or_type, typecode_or_type)
    if not (isinstance(type_, type) and issubclass(type_, _SimpleCData)):
        raise TypeError('unsupported type or typecode %r (minipy has no ctypes)' % (typecode_or_type,))
    obj = type_()
    if len(args) > 1:
        raise TypeError('function takes at most 1 argument (%d given)' % len(args))
    if args:
        obj.value = args[0]
    return obj


def RawArray(typecode_or_type, size_or_initializer):
    """Returns a ctypes array allocated from shared memory"""
    type_ = typecode_to_type.get(typecode_or_type, typecode_or_type)
    if not (isinstance(type_, type) and issubclass(type_, _SimpleCData)):
        raise TypeError('unsupported type or typecode %r (minipy has no ctypes)' % (typecode_or_type,))
    if isinstance(size_or_initializer, int):
        if size_or_initializer < 0:
            raise ValueError('Array length must be >= 0')
        return _array_type(type_, size_or_initializer)()
    else:
        init = list(size_or_initializer) if not isinstance(size_or_initializer, (bytes, str)) else size_or_initializer
        result = _array_type(type_, len(init))()
        result[:] = init
        return result


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """Return a synchronization wrapper for a Value"""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """Return a synchronization wrapper for a RawArray"""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    if isinstance(obj, _ArrayBase):
        new_obj = RawArray(obj._type_, obj._length_)
        new_obj[:] = obj[:]
    else:
        new_obj = RawValue(type(obj), obj.value)
    return new_obj


def synchronized(obj, lock=None, ctx=None):
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    ctx = ctx or context._default_context.get_context()
    if isinstance(obj, _ArrayBase):
        if obj._type_ is c_char:
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    return Synchronized(obj, lock, ctx)


class SynchronizedBase(object):

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        context.assert_spawning(self)
        raise TypeError('synchronized objects are inherited through fork only')

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self:
            self._obj[i] = value

    def __getslice__(self, start, stop):
        with self:
            return self._obj[start:stop]

    def __setslice__(self, start, stop, values):
        with self:
            self._obj[start:stop] = values


class SynchronizedString(SynchronizedArray):

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, value):
        with self._lock:
            self._obj.raw = value
