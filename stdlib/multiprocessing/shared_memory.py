# multiprocessing.shared_memory: POSIX shared memory blocks (shm_open + a MAP_SHARED
# mapping from _multiprocessing) and ShareableList on top. Without an mmap module,
# SharedMemory.buf is a small bytes-like view (_SharedBuffer), not a memoryview.
__all__ = ['SharedMemory', 'ShareableList']

import errno
import os
import struct
import types
import _posixshmem
import _multiprocessing

_mp = _multiprocessing.SemLock.__init__.__globals__
_region_map_fd = _mp['_region_map_fd']
_region_free = _mp['_region_free']
_region_read = _mp['_region_read']
_region_write = _mp['_region_write']

_O_CREX = os.O_CREAT | os.O_EXCL

_SHM_SAFE_NAME_LENGTH = 14
_SHM_NAME_PREFIX = '/psm_'


def _make_filename():
    "Create a random filename for the shared memory object."
    nbytes = (_SHM_SAFE_NAME_LENGTH - len(_SHM_NAME_PREFIX)) // 2
    name = _SHM_NAME_PREFIX + os.urandom(nbytes).hex()
    assert len(name) <= _SHM_SAFE_NAME_LENGTH
    return name


class _SharedBuffer:
    """The bytes of a shared memory block: indexing gives ints, slicing bytes."""

    def __init__(self, handle, size):
        self._handle = handle
        self._size = size

    def _check(self):
        if self._handle is None:
            raise ValueError('operation forbidden on released memoryview object')

    def __len__(self):
        self._check()
        return self._size

    @property
    def nbytes(self):
        self._check()
        return self._size

    def _read(self, offset, n):
        self._check()
        return _region_read(self._handle, offset, n)

    def _write(self, offset, data):
        self._check()
        _region_write(self._handle, offset, data)

    def __getitem__(self, i):
        self._check()
        if isinstance(i, slice):
            start, stop, step = i.indices(self._size)
            if step == 1:
                return self._read(start, max(0, stop - start))
            data = self._read(0, self._size)
            return data[i]
        i = i.__index__()
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError('index out of bounds on dimension 1')
        return self._read(i, 1)[0]

    def __setitem__(self, i, value):
        self._check()
        if isinstance(i, slice):
            start, stop, step = i.indices(self._size)
            data = bytes(value)
            idx = range(start, stop, step)
            if len(data) != len(idx):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            if step == 1:
                self._write(start, data)
            else:
                for j, b in zip(idx, data):
                    self._write(j, bytes([b]))
            return
        i = i.__index__()
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError('index out of bounds on dimension 1')
        if not isinstance(value, int) or not 0 <= value < 256:
            raise TypeError("memoryview: invalid type for format 'B'")
        self._write(i, bytes([value]))

    def __iter__(self):
        return iter(self.tobytes())

    def __bytes__(self):
        return self.tobytes()

    def tobytes(self):
        self._check()
        return self._read(0, self._size)

    def tolist(self):
        return list(self.tobytes())

    def release(self):
        self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.release()


class SharedMemory:
    """Creates a new shared memory block or attaches to an existing
    shared memory block."""

    _name = None
    _fd = -1
    _handle = None
    _buf = None
    _flags = os.O_RDWR
    _mode = 0o600
    _prepend_leading_slash = True

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            self._flags = _O_CREX | os.O_RDWR
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
        if name is None and not self._flags & os.O_EXCL:
            raise ValueError("'name' can only be None if create=True")

        if name is None:
            while True:
                name = _make_filename()
                try:
                    self._fd = _posixshmem.shm_open(name, self._flags, mode=self._mode)
                except FileExistsError:
                    continue
                self._name = name
                break
        else:
            name = "/" + name if self._prepend_leading_slash else name
            self._fd = _posixshmem.shm_open(name, self._flags, mode=self._mode)
            self._name = name
        try:
            if create and size:
                os.ftruncate(self._fd, size)
            stats = os.fstat(self._fd)
            size = stats.st_size
            self._handle = _region_map_fd(self._fd, size)
        except OSError:
            self.unlink()
            raise
        self._size = size
        self._buf = _SharedBuffer(self._handle, size)

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (
            self.__class__,
            (
                self.name,
                False,
                self.size,
            ),
        )

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        "A view of contents of the shared memory block."
        return self._buf

    @property
    def name(self):
        "Unique name that identifies the shared memory block."
        reported_name = self._name
        if self._prepend_leading_slash:
            if self._name.startswith("/"):
                reported_name = self._name[1:]
        return reported_name

    @property
    def size(self):
        "Size in bytes."
        return self._size

    def close(self):
        """Closes access to the shared memory from this instance but does
        not destroy the shared memory block."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._handle is not None:
            _region_free(self._handle)
            self._handle = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def unlink(self):
        """Requests that the underlying shared memory block be destroyed."""
        if self._name:
            _posixshmem.shm_unlink(self._name)


_encoding = "utf8"


class ShareableList:
    """A fixed-length list of int, float, bool, str (< 10M bytes), bytes and None
    values in a shared memory block. Layout: the item count, then per item its
    packing format (8 bytes) and slot size (8 bytes), the value slots, then one kind
    byte per item."""

    _types_mapping = {
        int: "q",
        float: "d",
        bool: "xxxxxxx?",
        str: "%ds",
        bytes: "%ds",
        None.__class__: "xxxxxx?x",
    }
    _alignment = 8
    _back_transforms_mapping = {
        0: lambda value: value,
        1: lambda value: value.rstrip(b'\x00').decode(_encoding),
        2: lambda value: value.rstrip(b'\x00'),
        3: lambda _value: None,
    }

    @staticmethod
    def _extract_recreation_code(value):
        if not isinstance(value, (str, bytes, None.__class__)):
            return 0
        elif isinstance(value, str):
            return 1
        elif isinstance(value, bytes):
            return 2
        else:
            return 3

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = sequence or ()
            _formats = [
                self._types_mapping[type(item)]
                if not isinstance(item, (str, bytes))
                else self._types_mapping[type(item)] % (
                    self._alignment * (len(item) // self._alignment + 1),
                )
                for item in sequence
            ]
            self._list_len = len(_formats)
            sizes = [struct.calcsize(f) for f in _formats]
            total = 8 + 16 * self._list_len + sum(sizes) + self._list_len
            self.shm = SharedMemory(name, create=True, size=max(total, 1))
            buf = self.shm.buf
            buf._write(0, struct.pack('q', self._list_len))
            for i, size in enumerate(sizes):
                buf._write(16 + 16 * i, struct.pack('q', size))
            self._layout(sizes)
            for i, (fmt, item) in enumerate(zip(_formats, sequence)):
                self._store(i, fmt, item)
        else:
            self.shm = SharedMemory(name)
            buf = self.shm.buf
            self._list_len = struct.unpack('q', buf._read(0, 8))[0]
            sizes = [struct.unpack('q', buf._read(16 + 16 * i, 8))[0]
                     for i in range(self._list_len)]
            self._layout(sizes)

    def _layout(self, sizes):
        offsets = [0]
        for s in sizes:
            offsets.append(offsets[-1] + s)
        self._allocated_offsets = offsets
        self._data_start = 8 + 16 * self._list_len
        self._codes_start = self._data_start + offsets[-1]

    def _get_packing_format(self, position):
        raw = self.shm.buf._read(8 + 16 * position, 8)
        return raw.rstrip(b'\x00').decode(_encoding)

    def _store(self, position, fmt, value):
        buf = self.shm.buf
        buf._write(8 + 16 * position, fmt.encode(_encoding).ljust(8, b'\x00'))
        buf._write(self._codes_start + position, bytes([self._extract_recreation_code(value)]))
        if isinstance(value, str):
            value = value.encode(_encoding)
        if fmt.endswith('s'):
            packed = struct.pack(fmt, value)
        elif value is None:
            packed = struct.pack(fmt, False)
        else:
            packed = struct.pack(fmt, value)
        buf._write(self._data_start + self._allocated_offsets[position], packed)

    def _index(self, position):
        position = position if position >= 0 else position + self._list_len
        if not 0 <= position < self._list_len:
            return None
        return position

    def __getitem__(self, position):
        p = self._index(position)
        if p is None:
            raise IndexError("index out of range")
        fmt = self._get_packing_format(p)
        raw = self.shm.buf._read(self._data_start + self._allocated_offsets[p],
                                 struct.calcsize(fmt))
        (v,) = struct.unpack(fmt, raw) if fmt[-1] != 'x' else (None,)
        code = self.shm.buf._read(self._codes_start + p, 1)[0]
        return self._back_transforms_mapping[code](v)

    def __setitem__(self, position, value):
        p = self._index(position)
        if p is None:
            raise IndexError("assignment index out of range")
        current_format = self._get_packing_format(p)
        if not isinstance(value, (str, bytes)):
            new_format = self._types_mapping[type(value)]
        else:
            allocated_length = self._allocated_offsets[p + 1] - self._allocated_offsets[p]
            encoded_value = (value.encode(_encoding)
                             if isinstance(value, str) else value)
            if len(encoded_value) > allocated_length:
                raise ValueError("bytes/str item exceeds available storage")
            if current_format[-1] == "s":
                new_format = current_format
            else:
                new_format = self._types_mapping[str] % (allocated_length,)
        self._store(p, new_format, value)

    def __reduce__(self):
        return partial(self.__class__, name=self.shm.name), ()

    def __len__(self):
        return self._list_len

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        "The struct packing format used by all currently stored items."
        return "".join(
            self._get_packing_format(i) for i in range(self._list_len)
        )

    def count(self, value):
        "L.count(value) -> integer -- return number of occurrences of value."
        return sum(value == entry for entry in self)

    def index(self, value):
        """L.index(value) -> integer -- return first index of value.
        Raises ValueError if the value is not present."""
        for position, entry in enumerate(self):
            if value == entry:
                return position
        else:
            raise ValueError(f"{value!r} not in this container")

    __class_getitem__ = classmethod(types.GenericAlias)


from functools import partial
