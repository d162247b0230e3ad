"""Implementation module for socket operations.

See the socket module for documentation."""

# Runs with the native primitives (_sys_*) and the integer constants already in its
# namespace (src/modules/socket/mod.rs). Descriptors are plain ints; a closed socket's is -1.

error = OSError
timeout = TimeoutError
has_ipv6 = True


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = "socket"
gaierror.__module__ = "socket"

_default_timeout = None
_NANOS = 1000000000


def _parse_timeout(value):
    # None blocks; a number is seconds, checked as CPython's _PyTime_FromSecondsObject.
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            raise ValueError("Invalid value NaN (not a number)")
    elif not isinstance(value, int):
        value = value.__index__() if hasattr(type(value), "__index__") else _not_int(value)
    value = float(value)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def _not_int(value):
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _ns(timeout):
    if timeout is None:
        return -1
    ns = int(timeout * _NANOS)
    return 1 if ns == 0 and timeout > 0 else ns


def _index(value):
    if isinstance(value, int):
        return int(value)
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    _not_int(value)


def getdefaulttimeout():
    """getdefaulttimeout() -> timeout

Returns the default timeout in seconds (float) for new socket objects.
A value of None indicates that new socket objects have no timeout.
When the socket module is first imported, the default is None."""
    return _default_timeout


def setdefaulttimeout(timeout, /):
    """setdefaulttimeout(timeout)

Set the default timeout in seconds (float) for new socket objects.
A value of None indicates that new socket objects have no timeout.
When the socket module is first imported, the default is None."""
    global _default_timeout
    _default_timeout = _parse_timeout(timeout)


def _export(data):
    # A view held while a send waits: resizing the buffer meanwhile raises BufferError,
    # as with CPython's buffer export.
    if type(data) is bytes:
        return None
    try:
        return memoryview(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _release(view):
    if view is not None:
        view.release()


def _writable_view(buffer, what):
    view = memoryview(buffer)
    if view.readonly:
        view.release()
        raise TypeError("%s() argument 'buffer' must be read-write bytes-like object, not %s" % (what, type(buffer).__name__))
    if view.format != "B" or view.ndim != 1:
        view = view.cast("B")
    return view


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object
socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object

Open a socket of the given type.  The family argument specifies the
address family; it defaults to AF_INET.  The type argument specifies
whether this is a stream (SOCK_STREAM, this is the default)
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,
specifying the default protocol.  Keyword arguments are accepted.
The socket is created as non-inheritable.

When a fileno is passed in, family, type and proto are auto-detected,
unless they are explicitly set.

A socket object represents one endpoint of a network connection.

Methods of socket objects (keyword arguments not allowed):

_accept() -- accept connection, returning new socket fd and client address
bind(addr) -- bind the socket to a local address
close() -- close the socket
connect(addr) -- connect the socket to a remote address
connect_ex(addr) -- connect, return an error code instead of an exception
dup() -- return a new socket fd duplicated from fileno()
fileno() -- return underlying file descriptor
getpeername() -- return remote address [*]
getsockname() -- return local address
getsockopt(level, optname[, buflen]) -- get socket options
gettimeout() -- return timeout or None
listen([n]) -- start listening for incoming connections
recv(buflen[, flags]) -- receive data
recv_into(buffer[, nbytes[, flags]]) -- receive data (into a buffer)
recvfrom(buflen[, flags]) -- receive data and sender's address
recvfrom_into(buffer[, nbytes, [, flags])
  -- receive data and sender's address (into a buffer)
sendall(data[, flags]) -- send all data
send(data[, flags]) -- send data, may not send all of it
sendto(data[, flags], addr) -- send data to a given address
setblocking(bool) -- set or clear the blocking I/O flag
getblocking() -- return True if socket is blocking, False if non-blocking
setsockopt(level, optname, value[, optlen]) -- set socket options
settimeout(None | float) -- set or clear the timeout
shutdown(how) -- shut down traffic in one or both directions

 [*] not available on all platforms!"""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        family, type, proto = _index(family), _index(type), _index(proto)
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _sys_socket(family, type, proto)
        else:
            fd = _index(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            f, t, p = _sys_sockinfo(fd)
            if family == -1:
                family = f
            if type == -1:
                type = t
            if proto == -1:
                proto = p
        self._fd = fd
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
        else:
            self._timeout = _default_timeout
        if self._timeout is not None:
            _sys_setblocking(fd, False)

    family = property(lambda self: self._family, doc="the socket family")
    type = property(lambda self: self._type, doc="the socket type")
    proto = property(lambda self: self._proto, doc="the socket protocol")
    timeout = property(lambda self: self._timeout, doc="the socket timeout")

    def __repr__(self):
        return "<socket object, fd=%d, family=%d, type=%d, proto=%d>" % (
            self._fd, self._family, self._type, self._proto)

    def __del__(self):
        fd = getattr(self, "_fd", -1)
        if fd != -1:
            try:
                import warnings
                warnings.warn("unclosed %r" % (self,), ResourceWarning, stacklevel=2, source=self)
            except Exception:
                pass
            self._fd = -1
            try:
                _sys_close(fd)
            except OSError:
                pass

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def _check(self):
        fd = self._fd
        if fd == -1:
            raise OSError(9, "Bad file descriptor")
        return fd

    def fileno(self):
        """fileno() -> integer

Return the integer file descriptor of the socket."""
        return self._fd

    def close(self):
        """close()

Close the socket.  It cannot be used after this call."""
        fd = self._fd
        if fd != -1:
            self._fd = -1
            _sys_close(fd)

    def detach(self):
        """detach()

Close the socket object without closing the underlying file descriptor.
The object cannot be used after this call, but the file descriptor
can be reused for other purposes.  The file descriptor is returned."""
        fd = self._fd
        self._fd = -1
        return fd

    def _accept(self):
        """_accept() -> (integer, address info)

Wait for an incoming connection.  Return a new socket file descriptor
representing the connection, and the address of the client.
For IP sockets, the address info is a pair (hostaddr, port)."""
        return _sys_accept(self._check(), _ns(self._timeout))

    def bind(self, address, /):
        """bind(address)

Bind the socket to a local address.  For IP sockets, the address is a
pair (host, port); the host must refer to the local host. For raw packet
sockets the address is a tuple (ifname, proto [,pkttype [,hatype [,addr]]])"""
        _sys_bind(self._check(), self._family, address)

    def connect(self, address, /):
        """connect(address)

Connect the socket to a remote address.  For IP sockets, the address
is a pair (host, port)."""
        _sys_connect(self._check(), self._family, address, _ns(self._timeout), True)

    def connect_ex(self, address, /):
        """connect_ex(address) -> errno

This is like connect(address), but returns an error code (the errno value)
instead of raising an exception when an error occurs."""
        return _sys_connect(self._check(), self._family, address, _ns(self._timeout), False)

    def listen(self, backlog=128, /):
        """listen([backlog])

Enable a server to accept connections.  If backlog is specified, it must be
at least 0 (if it is lower, it is set to 0); it specifies the number of
unaccepted connections that the system will allow before refusing new
connections. If not specified, a default reasonable value is chosen."""
        _sys_listen(self._check(), _index(backlog))

    def send(self, data, flags=0, /):
        """send(data[, flags]) -> count

Send a data string to the socket.  For the optional flags
argument, see the Unix manual.  Return the number of bytes
sent; this may be less than len(data) if the network is busy."""
        view = _export(data)
        try:
            return _sys_send(self._check(), data, _index(flags), _ns(self._timeout))
        finally:
            _release(view)

    def sendall(self, data, flags=0, /):
        """sendall(data[, flags])

Send a data string to the socket.  For the optional flags
argument, see the Unix manual.  This calls send() repeatedly
until all data is sent.  If an error occurs, it's impossible
to tell how much data has been sent."""
        view = _export(data)
        try:
            _sys_sendall(self._check(), data, _index(flags), _ns(self._timeout))
        finally:
            _release(view)

    def sendto(self, data, flags_or_addr, addr=None, /):
        """sendto(data[, flags], address) -> count

Like send(data, flags) but allows specifying the destination address.
For IP sockets, the address is a pair (hostaddr, port)."""
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = _index(flags_or_addr)
        view = _export(data)
        try:
            return _sys_sendto(self._check(), data, flags, self._family, addr, _ns(self._timeout))
        finally:
            _release(view)

    def recv(self, bufsize, flags=0, /):
        """recv(buffersize[, flags]) -> data

Receive up to buffersize bytes from the socket.  For the optional flags
argument, see the Unix manual.  When no data is available, block until
at least one byte is available or until the remote end is closed.  When
the remote end is closed and all data is read, return the empty string."""
        bufsize = _index(bufsize)
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        return _sys_recv(self._check(), bufsize, _index(flags), _ns(self._timeout))

    def recv_into(self, buffer, nbytes=0, flags=0):
        """recv_into(buffer, [nbytes[, flags]]) -> nbytes_read

A version of recv() that stores its data into a buffer rather than creating
a new string.  Receive up to buffersize bytes from the socket.  If buffersize
is not specified (or 0), receive up to the size available in the given buffer.

See recv() for documentation about the flags."""
        nbytes = _index(nbytes)
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        view = _writable_view(buffer, "recv_into")
        try:
            if nbytes == 0:
                nbytes = len(view)
            elif nbytes > len(view):
                raise ValueError("buffer too small for requested bytes")
            data = _sys_recv(self._check(), nbytes, _index(flags), _ns(self._timeout))
            view[:len(data)] = data
            return len(data)
        finally:
            view.release()

    def recvfrom(self, bufsize, flags=0, /):
        """recvfrom(buffersize[, flags]) -> (data, address info)

Like recv(buffersize, flags) but also return the sender's address info."""
        bufsize = _index(bufsize)
        if bufsize < 0:
            raise ValueError("negative buffersize in recvfrom")
        return _sys_recvfrom(self._check(), bufsize, _index(flags), _ns(self._timeout))

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        """recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)

Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."""
        nbytes = _index(nbytes)
        if nbytes < 0:
            raise ValueError("negative buffersize in recvfrom_into")
        view = _writable_view(buffer, "recvfrom_into")
        try:
            if nbytes == 0:
                nbytes = len(view)
            elif nbytes > len(view):
                raise ValueError("nbytes is greater than the length of the buffer")
            data, address = _sys_recvfrom(self._check(), nbytes, _index(flags), _ns(self._timeout))
            view[:len(data)] = data
            return len(data), address
        finally:
            view.release()

    def sendmsg(self, buffers, ancdata=(), flags=0, address=None, /):
        """sendmsg(buffers[, ancdata[, flags[, address]]]) -> count

Send normal and ancillary data to the socket, gathering the
non-ancillary data from a series of buffers and concatenating it into
a single message.  The buffers argument specifies the non-ancillary
data as an iterable of bytes-like objects (e.g. bytes objects).
The ancdata argument specifies the ancillary data (control messages)
as an iterable of zero or more tuples (cmsg_level, cmsg_type,
cmsg_data), where cmsg_level and cmsg_type are integers specifying the
protocol level and protocol-specific type respectively, and cmsg_data
is a bytes-like object holding the associated data.  The flags
argument defaults to 0 and has the same meaning as for send().  If
address is supplied and not None, it sets a destination address for
the message.  The return value is the number of bytes of non-ancillary
data sent."""
        return _sys_sendmsg(self._check(), list(buffers), list(ancdata), _index(flags),
                            self._family, address, _ns(self._timeout))

    def sendmsg_afalg(self, msg=(), *, op, iv=None, assoclen=None, flags=0):
        """sendmsg_afalg([msg], *, op[, iv[, assoclen[, flags=MSG_MORE]]])

Set operation mode, IV and length of associated data for an AF_ALG
operation socket."""
        raise OSError(95, "Operation not supported")

    def recvmsg(self, bufsize, ancbufsize=0, flags=0, /):
        """recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)

Receive normal data (up to bufsize bytes) and ancillary data from the
socket.  The ancbufsize argument sets the size in bytes of the
internal buffer used to receive the ancillary data; it defaults to 0,
meaning that no ancillary data will be received."""
        bufsize, ancbufsize = _index(bufsize), _index(ancbufsize)
        if bufsize < 0:
            raise ValueError("negative buffer size in recvmsg()")
        if ancbufsize < 0:
            raise ValueError("negative buffer size in recvmsg()")
        return _sys_recvmsg(self._check(), bufsize, ancbufsize, _index(flags), _ns(self._timeout))

    def recvmsg_into(self, buffers, ancbufsize=0, flags=0, /):
        """recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)

Receive normal data and ancillary data from the socket, scattering the
non-ancillary data into a series of buffers."""
        views = [_writable_view(b, "recvmsg_into") for b in buffers]
        try:
            total = sum(len(v) for v in views)
            ancbufsize = _index(ancbufsize)
            if ancbufsize < 0:
                raise ValueError("negative buffer size in recvmsg_into()")
            data, anc, mflags, address = _sys_recvmsg(self._check(), total, ancbufsize,
                                                      _index(flags), _ns(self._timeout))
            pos = 0
            for v in views:
                part = data[pos:pos + len(v)]
                v[:len(part)] = part
                pos += len(part)
            return len(data), anc, mflags, address
        finally:
            for v in views:
                v.release()

    def shutdown(self, how, /):
        """shutdown(flag)

Shut down the reading side of the socket (flag == SHUT_RD), the writing side
of the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."""
        _sys_shutdown(self._check(), _index(how))

    def getsockname(self):
        """getsockname() -> address info

Return the address of the local endpoint. The format depends on the
address family. For IPv4 sockets, the address info is a pair
(hostaddr, port)."""
        return _sys_getsockname(self._check())

    def getpeername(self):
        """getpeername() -> address info

Return the address of the remote endpoint.  For IP sockets, the address
info is a pair (hostaddr, port)."""
        return _sys_getpeername(self._check())

    def setsockopt(self, level, optname, value, optlen=None, /):
        """setsockopt(level, option, value: int)
setsockopt(level, option, value: buffer)
setsockopt(level, option, None, optlen: int)

Set a socket option.  See the Unix manual for level and option.
The value argument can either be an integer, a string buffer, or
None, optlen."""
        if value is None and optlen is None:
            raise TypeError("setsockopt() takes exactly 4 arguments (3 given)")
        _sys_setsockopt(self._check(), _index(level), _index(optname), value, optlen)

    def getsockopt(self, level, optname, buflen=None, /):
        """getsockopt(level, option[, buffersize]) -> value

Get a socket option.  See the Unix manual for level and option.
If a nonzero buffersize argument is given, the return value is a
string of that length; otherwise it is an integer."""
        return _sys_getsockopt(self._check(), _index(level), _index(optname), buflen)

    def setblocking(self, flag, /):
        """setblocking(flag)

Set the socket to blocking (flag is true) or non-blocking (false).
setblocking(True) is equivalent to settimeout(None);
setblocking(False) is equivalent to settimeout(0.0)."""
        blocking = bool(flag)
        self._timeout = None if blocking else 0.0
        _sys_setblocking(self._check(), blocking)

    def getblocking(self):
        """getblocking()

Returns True if socket is in blocking mode, or False if it
is in non-blocking mode."""
        return self._timeout != 0.0

    def settimeout(self, timeout, /):
        """settimeout(timeout)

Set a timeout on socket operations.  'timeout' can be a float,
giving in seconds, or None.  Setting a timeout of None disables
the timeout feature and is equivalent to setblocking(1).
Setting a timeout of zero is the same as setblocking(0)."""
        value = _parse_timeout(timeout)
        self._timeout = value
        _sys_setblocking(self._check(), value is None)

    def gettimeout(self):
        """gettimeout() -> timeout

Returns the timeout in seconds (float) associated with socket
operations. A timeout of None indicates that timeouts on socket
operations are disabled."""
        return self._timeout


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    """socketpair([family[, type [, proto]]]) -> (socket object, socket object)

Create a pair of socket objects from the sockets returned by the platform
socketpair() function.
The arguments are the same as for socket() except the default family is
AF_UNIX if defined on the platform; otherwise, the default is AF_INET."""
    a, b = _sys_socketpair(_index(family), _index(type), _index(proto))
    return socket(family, type, proto, a), socket(family, type, proto, b)


def close(fd, /):
    """close(integer) -> None

Close an integer socket file descriptor.  This is like os.close(), but for
sockets; on some platforms os.close() won't work for socket file descriptors."""
    _sys_close(_index(fd))


def dup(fd, /):
    """dup(integer) -> integer

Duplicate an integer socket file descriptor.  This is like os.dup(), but for
sockets; on some platforms os.dup() won't work for socket file descriptors."""
    return _sys_dup(_index(fd))


def _encode_host(host):
    if host is None:
        return None
    if isinstance(host, str):
        try:
            return host.encode("ascii")
        except UnicodeEncodeError:
            return host.encode("idna")
    if isinstance(host, (bytes, bytearray)):
        return bytes(host)
    raise TypeError("getaddrinfo() argument 1 must be string or None")


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo(host, port [, family, type, proto, flags])
    -> list of (family, type, proto, canonname, sockaddr)

Resolve host and port into addrinfo struct."""
    host = _encode_host(host)
    if isinstance(port, int):
        port = str(int(port)).encode()
    elif isinstance(port, str):
        port = port.encode()
    elif port is not None and not isinstance(port, bytes):
        raise OSError("Int or String expected")
    return _sys_getaddrinfo(host, port, _index(family), _index(type), _index(proto), _index(flags))


def getnameinfo(sockaddr, flags, /):
    """getnameinfo(sockaddr, flags) --> (host, port)

Get host and port for a sockaddr."""
    if not isinstance(sockaddr, tuple):
        raise TypeError("getnameinfo() argument 1 must be a tuple")
    if not 2 <= len(sockaddr) <= 4:
        raise TypeError("getnameinfo(): illegal sockaddr argument")
    host = sockaddr[0]
    infos = getaddrinfo(host, str(sockaddr[1]), AF_UNSPEC, SOCK_DGRAM, 0, AI_NUMERICHOST)
    if len(infos) != 1:
        raise OSError("sockaddr resolved to multiple addresses")
    family, _, _, _, resolved = infos[0]
    if family == AF_INET:
        if len(sockaddr) != 2:
            raise OSError("IPv4 sockaddr must be 2 tuple")
        address = resolved
    else:
        address = (resolved[0],) + tuple(sockaddr[1:])
    return _sys_getnameinfo(family, address, _index(flags))


def gethostname():
    """gethostname() -> string

Return the current host name."""
    return _sys_gethostname()


def sethostname(name, /):
    """sethostname(name)

Sets the hostname to name."""
    _sys_sethostname(name)


def gethostbyname(hostname, /):
    """gethostbyname(host) -> address

Return the IP address (a string of the form '255.255.255.255') for a host."""
    return inet_ntoa(_sys_resolve(hostname, AF_INET))


def gethostbyname_ex(hostname, /):
    """gethostbyname_ex(host) -> (name, aliaslist, addresslist)

Return the true host name, a list of aliases, and a list of IP addresses,
for a host.  The host argument is a string giving a host name or IP number."""
    infos = getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    name = infos[0][3] or hostname
    addresses = []
    for info in infos:
        if info[4][0] not in addresses:
            addresses.append(info[4][0])
    return name, [], addresses


def gethostbyaddr(ip_address, /):
    """gethostbyaddr(host) -> (name, aliaslist, addresslist)

Return the true host name, a list of aliases, and a list of IP addresses,
for a host.  The host argument is a string giving a host name or IP number."""
    infos = getaddrinfo(ip_address, None, AF_UNSPEC, SOCK_STREAM)
    family, _, _, _, address = infos[0]
    try:
        name, _ = _sys_getnameinfo(family, address, NI_NAMEREQD)
    except gaierror:
        raise herror(1, "Unknown host") from None
    return name, [], [address[0]]


def getservbyname(servicename, protocolname=None, /):
    """getservbyname(servicename[, protocolname]) -> integer

Return a port number from a service name and protocol name.
The optional protocol name, if given, should be 'tcp' or 'udp',
otherwise any protocol will match."""
    return _sys_getservbyname(servicename, protocolname)


def getservbyport(port, protocolname=None, /):
    """getservbyport(port[, protocolname]) -> string

Return the service name from a port number and protocol name.
The optional protocol name, if given, should be 'tcp' or 'udp',
otherwise any protocol will match."""
    return _sys_getservbyport(_index(port), protocolname)


def getprotobyname(protocolname, /):
    """getprotobyname(name) -> integer

Return the protocol number for the named protocol.  (Rarely used.)"""
    return _sys_getprotobyname(protocolname)


def _u16(x, name):
    x = _index(x)
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer" % name)
    if x > 0xFFFF:
        raise OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer" % name)
    return x


def htons(x, /):
    """Convert a 16-bit unsigned integer from host to network byte order."""
    x = _u16(x, "htons")
    return ((x & 0xFF) << 8) | (x >> 8)


def ntohs(x, /):
    """Convert a 16-bit unsigned integer from network to host byte order."""
    x = _u16(x, "ntohs")
    return ((x & 0xFF) << 8) | (x >> 8)


def _u32(x):
    x = _index(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFF:
        raise OverflowError("int larger than 32 bits")
    return int.from_bytes(x.to_bytes(4, "little"), "big")


def htonl(x, /):
    """Convert a 32-bit integer from host to network byte order."""
    return _u32(x)


def ntohl(x, /):
    """Convert a 32-bit integer from network to host byte order."""
    return _u32(x)


def inet_aton(ip_addr, /):
    """Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format used in low-level network functions."""
    if not isinstance(ip_addr, str):
        raise TypeError("inet_aton() argument 1 must be str, not %s" % type(ip_addr).__name__)
    return _sys_inet_aton(ip_addr)


def inet_ntoa(packed_ip, /):
    """Convert an IP address from 32-bit packed binary format to string format."""
    packed = memoryview(packed_ip).tobytes() if not isinstance(packed_ip, bytes) else packed_ip
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return "%d.%d.%d.%d" % tuple(packed)


def inet_pton(address_family, ip_string, /):
    """inet_pton(af, ip) -> packed IP address string

Convert an IP address from string format to a packed string suitable
for use with low-level network functions."""
    if not isinstance(ip_string, str):
        raise TypeError("inet_pton() argument 2 must be str, not %s" % type(ip_string).__name__)
    return _sys_inet_pton(_index(address_family), ip_string)


def inet_ntop(address_family, packed_ip, /):
    """inet_ntop(af, packed_ip) -> string formatted IP address

Convert a packed IP address of the given family to string format."""
    return _sys_inet_ntop(_index(address_family), packed_ip)


def if_nameindex():
    """if_nameindex()

Returns a list of network interface information (index, name) tuples."""
    return _sys_if_nameindex()


def if_nametoindex(oname, /):
    """Returns the interface index corresponding to the interface name if_name."""
    return _sys_if_nametoindex(oname)


def if_indextoname(index, /):
    """Returns the interface name corresponding to the interface index if_index."""
    return _sys_if_indextoname(_index(index))


def CMSG_LEN(length, /):
    """CMSG_LEN(length) -> control message length

Return the total length, without trailing padding, of an ancillary
data item with associated data of the given length."""
    length = _index(length)
    if length < 0:
        raise OverflowError("CMSG_LEN() argument out of range")
    return 16 + length


def CMSG_SPACE(length, /):
    """CMSG_SPACE(length) -> buffer size

Return the buffer size needed for recvmsg() to receive an ancillary
data item with associated data of the given length."""
    length = _index(length)
    if length < 0:
        raise OverflowError("CMSG_SPACE() argument out of range")
    return 16 + ((length + 7) & ~7)
