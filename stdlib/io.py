"""The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module.

This module offers StringIO and BytesIO, the in-memory streams."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase:
    """The abstract base class for all I/O classes."""

    _closed = False
    _closed_message = 'I/O operation on closed file.'

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        """Return a list of lines from the stream."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


class _Memory:
    """What StringIO and BytesIO share: a buffer (str or bytearray) and a position."""

    def _init(self, empty, initial):
        self._buf = empty
        self._pos = 0
        if initial:
            self._buf = initial

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def tell(self):
        self._check_closed()
        return self._pos

    def _size(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        return size

    def read(self, size=-1):
        self._check_closed()
        size = self._size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return self._slice(start, end)

    def readline(self, size=-1):
        self._check_closed()
        size = self._size(size)
        start = min(self._pos, len(self._buf))
        end = self._buf.find(self._newline, start)
        end = len(self._buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return self._slice(start, end)

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _newline = '\n'
    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        self._newline_mode = newline
        self._closed = False
        self._seen = 0
        self._init('', self._translate(initial_value or ''))

    def _translate(self, s):
        if self._newline_mode is None:
            # Remember which line endings went by, for the newlines attribute.
            crlf = s.count('\r\n')
            if crlf:
                self._seen |= 4
            if s.count('\r') > crlf:
                self._seen |= 1
            if s.count('\n') > crlf:
                self._seen |= 2
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline_mode in ('\r', '\r\n'):
            return s.replace('\n', self._newline_mode)
        return s

    def _slice(self, start, end):
        return self._buf[start:end]

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline_mode is not None:
            return None
        kinds = tuple(k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit)
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else kinds

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        s = self._translate(s)
        buf = self._buf
        if self._pos > len(buf):
            buf += '\0' * (self._pos - len(buf))
        self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def getvalue(self):
        self._check_closed()
        return self._buf

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        self._init(bytearray(), bytearray(initial_bytes) if initial_bytes is not None else None)

    def _slice(self, start, end):
        return bytes(self._buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        buf = self._buf
        if self._pos > len(buf):
            buf.extend(b'\0' * (self._pos - len(buf)))
        buf[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
for _cls in (StringIO, BytesIO):
    _cls.__module__ = '_io'
del _cls


import builtins as _builtins

BlockingIOError = _builtins.BlockingIOError
if hasattr(_builtins, 'open'):
    open = _builtins.open

    def open_code(path):
        """Opens the provided file with the intent to import the contents."""
        if not isinstance(path, str):
            raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
        return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding."""
    if encoding is None:
        return 'locale'
    return encoding
