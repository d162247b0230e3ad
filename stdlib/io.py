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

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def readline(self, size=-1):
        """Read and return a line of bytes from the stream (the generic, slow way)."""
        size = -1 if size is None else size.__index__()
        peek = getattr(self, 'peek', None)

        def ahead():
            # With peek() a whole line can be taken at once; else byte by byte.
            if peek is None:
                return 1
            data = peek(1)
            if not data:
                return 1
            n = (data.find(b'\n') + 1) or len(data)
            return min(n, size) if size >= 0 else n

        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(ahead())
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

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

    def read(self, size=-1):
        if size is None:
            size = -1
        size = size.__index__()
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        # A non-blocking stream with nothing ready gives None, passed on as is.
        return bytes(res) if res else data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b).cast('B')
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n


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

    def flush(self):
        """Does nothing."""
        self._check_closed()

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
        m = memoryview(b).cast('B')
        data = self.read(len(m))
        m[:len(data)] = data
        return len(data)

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'



import _fileio


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    return fspath(file)


class FileIO(RawIOBase):
    """Raw I/O on a file descriptor (the system calls are in the native _fileio)."""

    _fd = -1
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        kinds = 0
        readable = writable = appending = created = plus = False
        for c in mode:
            if c in 'rwax':
                kinds += 1
                if c == 'r':
                    readable = True
                elif c == 'w':
                    writable = True
                elif c == 'a':
                    writable = appending = True
                else:
                    writable = created = True
            elif c == '+':
                if plus:
                    kinds = 2
                plus = True
            elif c != 'b':
                raise ValueError(f'invalid mode: {mode}')
        if kinds != 1:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        if plus:
            readable = writable = True
        if readable and writable:
            flags = _fileio.O_RDWR
        elif readable:
            flags = _fileio.O_RDONLY
        else:
            flags = _fileio.O_WRONLY
        if created:
            flags |= _fileio.O_EXCL | _fileio.O_CREAT
        elif appending:
            flags |= _fileio.O_APPEND | _fileio.O_CREAT
        elif writable and not readable or (writable and mode.startswith('w')) or 'w' in mode:
            flags |= _fileio.O_TRUNC | _fileio.O_CREAT
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            path = _fspath(file)
            if opener is None:
                fd = _fileio._open(path, flags, 0o666)
            else:
                fd = opener(path, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
        self._fd = fd
        self._closefd = closefd
        self._readable = readable
        self._writable = writable
        self._appending = appending
        self._created = created
        try:
            if _fileio._fstat_mode(fd) & 0o170000 == 0o040000:
                raise IsADirectoryError(21, 'Is a directory', file)
            if appending:
                _fileio._lseek(fd, 0, 2)
        except BaseException:
            if closefd and not isinstance(file, int):
                _fileio._close(fd)
            self._fd = -1
            raise
        self.name = file

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def _check_closed(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _check_writable(self):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def fileno(self):
        self._check_closed()
        return self._fd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        try:
            _fileio._lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check_closed()
        return _fileio._isatty(self._fd)

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        return _fileio._read(self._fd, size)

    def readall(self):
        self._check_readable()
        return _fileio._read(self._fd, -1)

    def readinto(self, b):
        self._check_readable()
        m = memoryview(b).cast('B')
        data = _fileio._read(self._fd, len(m))
        n = len(data)
        m[:n] = data
        return n

    def readline(self, size=-1):
        self._check_readable()
        out = bytearray()
        while size is None or size < 0 or len(out) < size:
            c = _fileio._read(self._fd, 1)
            if not c:
                break
            out += c
            if c == b'\n':
                break
        return bytes(out)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if type(b) is bytes:
            return _fileio._write(self._fd, b)
        # The buffer stays exported (not resizable) while the write waits, as CPython's.
        view = memoryview(b)
        try:
            return _fileio._write(self._fd, b)
        finally:
            view.release()

    def seek(self, pos, whence=0):
        self._check_closed()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _fileio._lseek(self._fd, pos, whence)

    def tell(self):
        self._check_closed()
        return _fileio._lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        _fileio._ftruncate(self._fd, size)
        return size

    def flush(self):
        self._check_closed()

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            self._fd = -1
            if self._closefd:
                _fileio._close(fd)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return f'<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self._closefd!r}>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class _Buffered(BufferedIOBase):
    """What BufferedReader, BufferedWriter and BufferedRandom share. Writes go straight
    through to the raw file (nothing is lost if the object is never closed); reads keep
    a buffer of what was read ahead."""

    _can_read = True
    _can_write = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b''

    raw = property(lambda self: self._raw)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _check_closed(self):
        if self.raw.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_read(self):
        if not self._can_read:
            raise UnsupportedOperation('read')
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation('File or stream is not readable.')

    def _check_write(self):
        if not self._can_write:
            raise UnsupportedOperation('write')
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return self._can_read and self.raw.readable()

    def writable(self):
        return self._can_write and self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            data = self._rbuf + self.raw.readall()
            self._rbuf = b''
            return data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(size - len(self._rbuf), self.buffer_size))
            if not chunk:
                break
            self._rbuf += chunk
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_read()
        if not self._rbuf:
            return self.raw.read(self.buffer_size if size is None or size < 0 else size)
        if size is None or size < 0:
            size = len(self._rbuf)
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def _peek(self, size=0):
        self._check_read()
        if not self._rbuf:
            self._rbuf = self.raw.read(self.buffer_size)
        return self._rbuf

    def readinto(self, b):
        m = memoryview(b).cast('B')
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def readinto1(self, b):
        m = memoryview(b).cast('B')
        data = self.read1(len(m))
        n = len(data)
        m[:n] = data
        return n

    def readline(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 or (0 <= size <= len(self._rbuf)):
                break
            chunk = self.raw.read(self.buffer_size)
            if not chunk:
                break
            self._rbuf += chunk
        end = len(self._rbuf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, size)
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def _drop_readahead(self):
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''

    def write(self, b):
        self._check_write()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._drop_readahead()
        data = bytes(b)
        done = 0
        while done < len(data):
            n = self.raw.write(data[done:])
            if not n:
                break
            done += n
        return len(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - len(self._rbuf)

    def truncate(self, pos=None):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation('File or stream is not writable.')
        if pos is None:
            pos = self.tell()
        self._drop_readahead()
        return self.raw.truncate(pos)

    def flush(self):
        self._check_closed()

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        raw = self.raw
        self._rbuf = b''
        return raw

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f'<_io.{type(self).__name__}>'
        return f'<_io.{type(self).__name__} name={name!r}>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class BufferedReader(_Buffered):
    """Buffered reader of a raw, readable stream."""
    _can_write = False
    peek = _Buffered._peek


class BufferedWriter(_Buffered):
    """Buffered writer of a raw, writable stream."""
    _can_read = False


class BufferedRandom(_Buffered):
    """A buffered interface to random access streams."""
    peek = _Buffered._peek


def _utf8_cut(b):
    """Where the last complete UTF-8 sequence of b ends (an incomplete tail waits)."""
    n = len(b)
    i = n - 1
    k = 0
    while i >= 0 and k < 3 and (b[i] & 0xC0) == 0x80:
        i -= 1
        k += 1
    if i < 0:
        return n
    lead = b[i]
    need = 2 if lead >> 5 == 6 else 3 if lead >> 4 == 14 else 4 if lead >> 3 == 30 else 1
    return i if n - i < need else n


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is None or encoding == 'locale':
            # The locale's preferred encoding; minipy's is always UTF-8.
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is None:
            errors = 'strict'
        ''.encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._readtranslate = newline is None
        self._readuniversal = not newline
        self._writenl = newline or '\n'
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._utf8 = encoding.lower().replace('-', '_') in ('utf_8', 'utf8')
        self._reset()

    def _reset(self):
        self._dec = ''
        self._decpos = 0
        self._pending = b''
        self._held_cr = False
        self._eof = False

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    newlines = property(lambda self: None)

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _fill(self):
        """Decode one more chunk into the text buffer; False at the end of the file."""
        if self._eof:
            return False
        read1 = getattr(self.buffer, 'read1', None)
        chunk = read1(self._CHUNK) if read1 is not None else self.buffer.read(self._CHUNK)
        data = self._pending + chunk
        if not chunk:
            self._eof = True
            cut = len(data)
        else:
            cut = _utf8_cut(data) if self._utf8 else len(data)
        text = data[:cut].decode(self._encoding, self._errors)
        self._pending = data[cut:]
        if self._held_cr:
            text = '\r' + text
            self._held_cr = False
        # The buffer keeps the text untranslated (so tell() can count bytes); a final
        # '\r' waits for the next chunk, which may start with its '\n'.
        if self._readuniversal and text.endswith('\r') and not self._eof:
            text = text[:-1]
            self._held_cr = True
        self._dec = self._dec[self._decpos:] + text
        self._decpos = 0
        return bool(chunk)

    def _check_readable(self):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        if size < 0:
            while self._fill():
                pass
            text = self._dec[self._decpos:]
            self._dec = ''
            self._decpos = 0
            return self._translate(text)
        out = []
        need = size
        while need > 0:
            if self._decpos >= len(self._dec) and not self._fill():
                break
            seg = self._dec[self._decpos:self._decpos + need]
            if seg.endswith('\r') and self._dec.startswith('\n', self._decpos + len(seg)):
                seg += '\n'
            self._decpos += len(seg)
            seg = self._translate(seg)
            out.append(seg)
            need -= len(seg)
        return ''.join(out)

    def _translate(self, text):
        if self._readtranslate and '\r' in text:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _line_end(self, start):
        dec = self._dec
        if self._newline == '\n':
            i = dec.find('\n', start)
            return -1 if i < 0 else i + 1
        if self._readuniversal:
            i_n = dec.find('\n', start)
            i_r = dec.find('\r', start)
            if i_r >= 0 and (i_n < 0 or i_r < i_n):
                return i_r + 2 if dec.startswith('\n', i_r + 1) else i_r + 1
            return -1 if i_n < 0 else i_n + 1
        i = dec.find(self._newline, start)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        while True:
            start = self._decpos
            end = self._line_end(start)
            if end >= 0 or (0 <= size <= len(self._dec) - start):
                break
            if not self._fill():
                # _fill moved the unread text to the front of the buffer.
                start = self._decpos
                end = self._line_end(start)
                break
        if end < 0:
            end = len(self._dec)
        if size >= 0:
            end = min(end, start + size)
        line = self._dec[start:end]
        self._decpos = end
        return self._translate(line)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        if self._dec or self._pending or self._held_cr:
            pos = self.tell()
            self._reset()
            self.buffer.seek(pos)
        n = len(s)
        if self._newline is None or self._newline not in ('', '\n'):
            if self._writenl != '\n':
                s = s.replace('\n', self._writenl)
        self.buffer.write(s.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def tell(self):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        rest = self._dec[self._decpos:]
        ahead = len(self._pending) + (1 if self._held_cr else 0)
        if rest:
            ahead += len(rest.encode(self._encoding, self._errors))
        return self.buffer.tell() - ahead

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._reset()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self._reset()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self.tell()
        self._reset()
        self.buffer.seek(pos)
        return self.buffer.truncate(pos)

    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buffer = self._buffer
        self._buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=None,
                    line_buffering=None, write_through=None):
        """Reconfigure the text stream with new parameters."""
        if encoding is not None:
            self._encoding = encoding
            self._utf8 = encoding.lower().replace('-', '_') in ('utf_8', 'utf8')
            if errors is None:
                errors = 'strict'
        if errors is not None:
            self._errors = errors
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        out = '<_io.TextIOWrapper'
        try:
            out += f' name={self.name!r}'
        except (AttributeError, ValueError):
            pass
        mode = self.__dict__.get('mode')
        if mode is not None:
            out += f' mode={mode!r}'
        return out + f' encoding={self._encoding!r}>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


def _open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
          closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    rawmode = ('x' if creating else 'r' if reading else 'w' if writing else 'a') + ('+' if updating else '')
    raw = FileIO(file, rawmode, closefd, opener=opener)
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return raw
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        if binary:
            return buffer
        wrapper = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        wrapper.mode = mode
        return wrapper
    except BaseException:
        raw.close()
        raise


import builtins as _builtins

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError


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


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
for _cls in (StringIO, BytesIO, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper):
    _cls.__module__ = '_io'
del _cls

import abc
from _io_extra import BufferedRWPair, IncrementalNewlineDecoder
