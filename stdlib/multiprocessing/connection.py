# multiprocessing.connection: message connections over pipes. A message is a 4-byte
# big-endian length (or -1 and an 8-byte length past 2 GiB) followed by its bytes.
# Pipe(duplex=True) is two pipes, one per direction (there is no socketpair here).
__all__ = ['Client', 'Listener', 'Pipe', 'wait']

import io
import os
import sys
import struct
import time
import selectors

from . import util
from . import reduction
from .context import AuthenticationError, BufferTooShort

_ForkingPickler = reduction.ForkingPickler

BUFSIZE = 8192


class _ConnectionBase:
    _handle = None

    def __init__(self, handle, readable=True, writable=True):
        handle = handle.__index__()
        if handle < 0:
            raise ValueError("invalid handle")
        if not readable and not writable:
            raise ValueError(
                "at least one of `readable` and `writable` must be True")
        self._handle = handle
        self._whandle = handle
        self._readable = readable
        self._writable = writable

    def __del__(self):
        if self._handle is not None:
            self._close()

    def _check_closed(self):
        if self._handle is None:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def _bad_message_length(self):
        if self._writable:
            self._readable = False
        else:
            self.close()
        raise OSError("bad message length")

    @property
    def closed(self):
        """True if the connection is closed"""
        return self._handle is None

    @property
    def readable(self):
        """True if the connection is readable"""
        return self._readable

    @property
    def writable(self):
        """True if the connection is writable"""
        return self._writable

    def fileno(self):
        """File descriptor or handle of the connection"""
        self._check_closed()
        return self._handle

    def close(self):
        """Close the connection"""
        if self._handle is not None:
            try:
                self._close()
            finally:
                self._handle = None
                self._whandle = None

    def send_bytes(self, buf, offset=0, size=None):
        """Send the bytes data from a bytes-like object"""
        self._check_closed()
        self._check_writable()
        m = memoryview(buf)
        if m.itemsize > 1:
            m = memoryview(bytes(m))
        n = m.nbytes
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._send_bytes(m.cast('B')[offset:offset + size])

    def send(self, obj):
        """Send a (picklable) object"""
        self._check_closed()
        self._check_writable()
        self._send_bytes(_ForkingPickler.dumps(obj))

    def recv_bytes(self, maxlength=None):
        """Receive bytes data as a bytes object."""
        self._check_closed()
        self._check_readable()
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        buf = self._recv_bytes(maxlength)
        if buf is None:
            self._bad_message_length()
        return buf.getvalue()

    def recv_bytes_into(self, buf, offset=0):
        """Receive bytes data into a writeable bytes-like object.
        Return the number of bytes read."""
        self._check_closed()
        self._check_readable()
        with memoryview(buf) as m:
            itemsize = m.itemsize
            bytesize = itemsize * len(m)
            if offset < 0:
                raise ValueError("negative offset")
            elif offset > bytesize:
                raise ValueError("offset too large")
            result = self._recv_bytes()
            size = result.tell()
            if bytesize < offset + size:
                raise BufferTooShort(result.getvalue())
            m.cast('B')[offset:offset + size] = result.getvalue()
            return size // itemsize

    def recv(self):
        """Receive a (picklable) object"""
        self._check_closed()
        self._check_readable()
        buf = self._recv_bytes()
        return _ForkingPickler.loads(buf.getbuffer())

    def poll(self, timeout=0.0):
        """Whether there is any input available to be read"""
        self._check_closed()
        self._check_readable()
        return self._poll(timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


class Connection(_ConnectionBase):
    """Connection class based on an arbitrary file descriptor (Unix only)."""

    def _close(self):
        h, w = self._handle, self._whandle
        os.close(h)
        if w is not None and w != h:
            os.close(w)

    def _send(self, buf):
        remaining = len(buf)
        view = memoryview(buf)
        while True:
            n = os.write(self._whandle, view)
            remaining -= n
            if remaining == 0:
                break
            view = view[n:]

    def _recv(self, size):
        buf = io.BytesIO()
        handle = self._handle
        remaining = size
        while remaining > 0:
            chunk = os.read(handle, remaining)
            n = len(chunk)
            if n == 0:
                if remaining == size:
                    raise EOFError
                else:
                    raise OSError("got end of file during message")
            buf.write(chunk)
            remaining -= n
        return buf

    def _send_bytes(self, buf):
        n = len(buf)
        if n > 0x7fffffff:
            pre_header = struct.pack("!i", -1)
            header = struct.pack("!Q", n)
            self._send(pre_header)
            self._send(header)
            self._send(buf)
        else:
            header = struct.pack("!i", n)
            if n > 16384:
                # Two writes: no copy of a large payload just to prepend 4 bytes.
                self._send(header)
                self._send(buf)
            else:
                self._send(header + bytes(buf))

    def _recv_bytes(self, maxsize=None):
        buf = self._recv(4)
        size, = struct.unpack("!i", buf.getvalue())
        if size == -1:
            buf = self._recv(8)
            size, = struct.unpack("!Q", buf.getvalue())
        if maxsize is not None and size > maxsize:
            return None
        return self._recv(size)

    def _poll(self, timeout):
        r = wait([self], timeout)
        return bool(r)


def Pipe(duplex=True):
    """Returns pair of connection objects at either end of a pipe"""
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        c1 = Connection(r1)
        c1._whandle = w2
        c2 = Connection(r2)
        c2._whandle = w1
    else:
        fd1, fd2 = os.pipe()
        c1 = Connection(fd1, writable=False)
        c2 = Connection(fd2, readable=False)
    return c1, c2


class Listener(object):
    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        raise NotImplementedError('Listener needs sockets, which minipy lacks')


def Client(address, family=None, authkey=None):
    raise NotImplementedError('Client needs sockets, which minipy lacks')


if hasattr(selectors, 'PollSelector'):
    _WaitSelector = selectors.PollSelector
else:
    _WaitSelector = selectors.SelectSelector


def wait(object_list, timeout=None):
    """Wait till an object in object_list is ready/readable.
    Returns list of those objects in object_list which are ready/readable."""
    with _WaitSelector() as selector:
        for obj in object_list:
            selector.register(obj, selectors.EVENT_READ)
        if timeout is not None:
            deadline = time.monotonic() + timeout
        while True:
            ready = selector.select(timeout)
            if ready:
                return [key.fileobj for (key, events) in ready]
            else:
                if timeout is not None:
                    timeout = deadline - time.monotonic()
                    if timeout < 0:
                        return ready
