"""This module supports asynchronous I/O on multiple file descriptors.

*** IMPORTANT NOTICE ***
On Windows, only sockets are supported; on Unix, all file descriptors."""

error = OSError

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192

EPOLLIN = 1
EPOLLPRI = 2
EPOLLOUT = 4
EPOLLERR = 8
EPOLLHUP = 16
EPOLLRDNORM = 64
EPOLLRDBAND = 128
EPOLLWRNORM = 256
EPOLLWRBAND = 512
EPOLLMSG = 1024
EPOLLRDHUP = 8192
EPOLLEXCLUSIVE = 1 << 28
EPOLLONESHOT = 1 << 30
EPOLLET = 1 << 31
EPOLL_CLOEXEC = 524288

PIPE_BUF = 4096

_FD_SETSIZE = 1024
_EPOLL_CTL_ADD = 1
_EPOLL_CTL_DEL = 2
_EPOLL_CTL_MOD = 3


def _fileno(obj):
    # Any int, or an object whose fileno() returns one (CPython's PyObject_AsFileDescriptor).
    if isinstance(obj, int):
        fd = int(obj)
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
        fd = int(fd)
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _timeout_ns(timeout, scale, what):
    # None or a negative value waits forever; the rest rounds up to whole nanoseconds.
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        raise TypeError(what)
    ns = timeout * scale
    if ns != ns:
        raise ValueError("Invalid value NaN (not a number)")
    if ns < 0:
        return -1
    whole = int(ns)
    return whole + 1 if whole < ns else whole


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until one or more file descriptors are ready for some kind of I/O."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
    groups = []
    for objs, mask in ((rlist, POLLIN), (wlist, POLLOUT), (xlist, POLLPRI)):
        # A list is walked by index as it stands, as CPython does: fileno() may change
        # it under the walk, so the limit is checked per item, not on the final length.
        seq = objs if type(objs) is list else list(objs)
        objs = []
        fds = []
        i = 0
        while i < len(seq):
            o = seq[i]
            fd = _fileno(o)
            if fd >= _FD_SETSIZE:
                raise ValueError("filedescriptor out of range in select()")
            if i >= _FD_SETSIZE:
                raise ValueError("too many file descriptors in select()")
            objs.append(o)
            fds.append(fd)
            i += 1
        groups.append((objs, fds, mask))
    allfds = []
    events = []
    for objs, fds, mask in groups:
        allfds.extend(fds)
        events.extend([mask] * len(fds))
    ns = -1 if timeout is None else _timeout_ns(timeout, 1e9, "timeout must be a float or None")
    revents = _ppoll(allfds, events, ns)
    for r in revents:
        if r & POLLNVAL:
            raise OSError(9, "Bad file descriptor")
    ready = ([], [], [])
    i = 0
    for g, (objs, fds, mask) in enumerate(groups):
        want = mask | POLLHUP | POLLERR if mask != POLLPRI else POLLPRI
        for o in objs:
            if revents[i] & want:
                ready[g].append(o)
            i += 1
    return ready


class poll:
    """Returns a polling object.

This object supports registering and unregistering file descriptors, and then
polling them for I/O events."""

    __slots__ = ("_fds",)

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Register a file descriptor with the polling object."""
        self._fds[_fileno(fd)] = eventmask & 0xFFFF

    def modify(self, fd, eventmask, /):
        """Modify an already registered file descriptor."""
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = eventmask & 0xFFFF

    def unregister(self, fd, /):
        """Remove a file descriptor being tracked by the polling object."""
        del self._fds[_fileno(fd)]

    def poll(self, timeout=None, /):
        """Polls the set of registered file descriptors.

  timeout
    The maximum time to wait in milliseconds, or else None (or a negative
    value) to wait indefinitely.

Returns a list containing any descriptors that have events or errors to
report, as a list of (fd, event) 2-tuples."""
        if timeout is not None and not isinstance(timeout, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(timeout).__name__)
        ns = _timeout_ns(timeout, 1000000, "")
        fds = list(self._fds)
        revents = _ppoll(fds, [self._fds[f] for f in fds], ns)
        return [(fd, r) for fd, r in zip(fds, revents) if r]


class epoll:
    """select.epoll(sizehint=-1, flags=0)

Returns an epolling object

sizehint must be a positive integer or -1 for the default size. The
sizehint is used to optimize internal data structures. It doesn't limit
the maximum number of monitored events."""

    __slots__ = ("_epfd",)

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        self._epfd = _epoll_create(flags)

    def _check(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")
        return self._epfd

    @property
    def closed(self):
        """True if the epoll handler is closed"""
        return self._epfd < 0

    def close(self):
        """Close the epoll control file descriptor.

Further operations on the epoll object will raise an exception."""
        if self._epfd >= 0:
            fd, self._epfd = self._epfd, -1
            _close(fd)

    def fileno(self):
        """Return the epoll control file descriptor."""
        return self._check()

    @classmethod
    def fromfd(cls, fd, /):
        """Create an epoll object from a given control fd."""
        self = cls.__new__(cls)
        self._epfd = fd
        return self

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Registers a new fd or raises an OSError if the fd is already registered."""
        _epoll_ctl(self._check(), _EPOLL_CTL_ADD, _fileno(fd), eventmask & 0xFFFFFFFF)

    def modify(self, fd, eventmask):
        """Modify event mask for a registered file descriptor."""
        _epoll_ctl(self._check(), _EPOLL_CTL_MOD, _fileno(fd), eventmask & 0xFFFFFFFF)

    def unregister(self, fd):
        """Remove a registered file descriptor from the epoll object."""
        _epoll_ctl(self._check(), _EPOLL_CTL_DEL, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        """Wait for events on the epoll file descriptor.

  timeout
    the maximum time to wait in seconds (as float);
    a timeout of None or -1 makes poll wait indefinitely
  maxevents
    the maximum number of events returned; -1 means no maximum

Returns a list containing any descriptors that have events to report,
as a list of (fd, events) 2-tuples."""
        epfd = self._check()
        if timeout is not None and not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be an integer or None")
        ms = -1 if timeout is None or timeout < 0 else _timeout_ns(timeout, 1000, "")
        if maxevents == -1:
            maxevents = _FD_SETSIZE - 1
        elif maxevents < 1:
            raise ValueError("maxevents must be greater than 0, got %d" % maxevents)
        return _epoll_wait(epfd, ms, maxevents)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self.close()
