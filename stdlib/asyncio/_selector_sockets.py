"""Sockets on the selector loop: the loop.sock_* coroutines, TCP/Unix connections and
servers (create_connection, create_server, create_unix_*), and the stream transport.

Every socket here is non-blocking: an operation is tried at once and, when the kernel
answers EAGAIN, retried from a reader/writer callback until it completes.
"""

import errno
import os
import socket

from . import exceptions
from . import futures
from . import tasks
from . import transports
from .log import logger


def _set_nodelay(sock):
    if (sock.family in (socket.AF_INET, socket.AF_INET6) and
            sock.type == socket.SOCK_STREAM and sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class SocketMixin:
    """The socket methods of BaseSelectorEventLoop."""

    # -- the low-level coroutines

    def _sock_retry(self, fut, sock, writing, func, args):
        # Reader/writer callback: try again; EAGAIN means wait for the next event.
        if fut.done():
            return
        try:
            result = func(*args)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    async def _sock_op(self, sock, writing, func, *args):
        try:
            return func(*args)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        if writing:
            self._add_writer(fd, self._sock_retry, fut, sock, writing, func, args)
            fut.add_done_callback(lambda _: self._remove_writer(fd))
        else:
            self._add_reader(fd, self._sock_retry, fut, sock, writing, func, args)
            fut.add_done_callback(lambda _: self._remove_reader(fd))
        return await fut

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from a non-blocking socket."""
        return await self._sock_op(sock, False, sock.recv, n)

    async def sock_recv_into(self, sock, buf):
        """Receive into buf from a non-blocking socket; the number of bytes read."""
        return await self._sock_op(sock, False, sock.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        """Receive a datagram: (data, address)."""
        return await self._sock_op(sock, False, sock.recvfrom, bufsize)

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        """Receive a datagram into buf: (nbytes, address)."""
        return await self._sock_op(sock, False, sock.recvfrom_into, buf, nbytes)

    async def sock_sendto(self, sock, data, address):
        """Send a datagram to address."""
        return await self._sock_op(sock, True, sock.sendto, data, address)

    async def sock_sendall(self, sock, data):
        """Send all of data to a non-blocking socket."""
        view = memoryview(data)
        pos = 0
        try:
            pos = sock.send(view)
        except (BlockingIOError, InterruptedError):
            pass
        while pos < len(view):
            pos += await self._sock_op(sock, True, sock.send, view[pos:])

    async def sock_connect(self, sock, address):
        """Connect a non-blocking socket to address."""
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            infos = socket.getaddrinfo(address[0], address[1], sock.family, sock.type, sock.proto)
            if infos:
                address = infos[0][4]
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        await self._sock_op(sock, True, self._connect_done, sock, address)

    def _connect_done(self, sock, address):
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err == errno.EINPROGRESS:
            raise BlockingIOError(err, os.strerror(err))
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')

    async def sock_accept(self, sock):
        """Accept a connection: (conn, address), conn non-blocking."""
        conn, address = await self._sock_op(sock, False, sock.accept)
        conn.setblocking(False)
        return conn, address

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return socket.getaddrinfo(host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return socket.getnameinfo(sockaddr, flags)

    # -- connections

    async def _connection_transport(self, sock, protocol_factory, extra=None, server=None):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    async def create_connection(self, protocol_factory, host=None, port=None, *,
                                ssl=None, family=0, proto=0, flags=0, sock=None,
                                local_addr=None, server_hostname=None,
                                ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                                happy_eyeballs_delay=None, interleave=None,
                                all_errors=False):
        """Connect to a TCP server; return (transport, protocol)."""
        if ssl is not None:
            raise NotImplementedError('minipy has no ssl support')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            infos = await self.getaddrinfo(host, port, family=family,
                                           type=socket.SOCK_STREAM, proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            errors = []
            for af, socktype, sproto, _, address in infos:
                sock = None
                try:
                    sock = socket.socket(af, socktype, sproto)
                    sock.setblocking(False)
                    if local_addr is not None:
                        sock.bind(local_addr)
                    await self.sock_connect(sock, address)
                    break
                except OSError as exc:
                    errors.append(exc)
                    if sock is not None:
                        sock.close()
                    sock = None
                except BaseException:
                    if sock is not None:
                        sock.close()
                    raise
            if sock is None:
                if all_errors:
                    raise ExceptionGroup("create_connection failed", errors)
                if len(errors) == 1:
                    raise errors[0]
                model = str(errors[0])
                if all(str(exc) == model for exc in errors):
                    raise errors[0]
                raise OSError('Multiple exceptions: {}'.format(', '.join(str(exc) for exc in errors)))
        else:
            if sock is None:
                raise ValueError('host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
        return await self._connection_transport(sock, protocol_factory)

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None,
                                     sock=None, server_hostname=None,
                                     ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        """Connect to a Unix domain socket; return (transport, protocol)."""
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except BaseException:
                sock.close()
                raise
        elif sock is None:
            raise ValueError('no path and sock were specified')
        sock.setblocking(False)
        return await self._connection_transport(sock, protocol_factory)

    # -- servers

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        """Listen on host/port (or sock); return a Server."""
        from .base_events import Server
        if ssl is not None:
            raise NotImplementedError('minipy has no ssl support')
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = os.name == 'posix'
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or not hasattr(host, '__iter__'):
                hosts = [host]
            else:
                hosts = list(host)
            infos = []
            for h in hosts:
                for info in await self.getaddrinfo(h, port, family=family,
                                                   type=socket.SOCK_STREAM, flags=flags):
                    if info not in infos:
                        infos.append(info)
            sockets = []
            try:
                for af, socktype, proto, _, address in infos:
                    try:
                        s = socket.socket(af, socktype, proto)
                    except OSError:
                        continue
                    sockets.append(s)
                    if reuse_address:
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if af == socket.AF_INET6:
                        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        s.bind(address)
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting to bind on address %r: %s'
                                      % (address, err.strerror.lower())) from None
            except BaseException:
                for s in sockets:
                    s.close()
                raise
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        for s in sockets:
            s.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog,
                        ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None,
                                 backlog=100, ssl=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None, start_serving=True):
        """Listen on a Unix domain socket path (or sock); return a Server."""
        from .base_events import Server
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == errno.EADDRINUSE:
                    raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
                raise
            except BaseException:
                sock.close()
                raise
        elif sock is None:
            raise ValueError('path was not specified, and no sock specified')
        sock.setblocking(False)
        server = Server(self, [sock], protocol_factory, ssl, backlog,
                        ssl_handshake_timeout, ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100,
                       ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._add_reader(sock.fileno(), self._accept_connection,
                         protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_connection(self, protocol_factory, sock, server, backlog):
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    self.call_exception_handler({
                        'message': 'socket.accept() out of system resource',
                        'exception': exc,
                        'socket': sock,
                    })
                    self._remove_reader(sock.fileno())
                    self.call_later(1, self._start_serving, protocol_factory, sock, None,
                                    server, backlog)
                    return
                raise
            self.create_task(self._accept_connection2(protocol_factory, conn,
                                                      {'peername': addr}, server))

    async def _accept_connection2(self, protocol_factory, conn, extra, server):
        try:
            await self._connection_transport(conn, protocol_factory, extra, server)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if self.get_debug():
                self.call_exception_handler({
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc,
                })


class _SelectorSocketTransport(transports.Transport):
    """A stream transport over a connected non-blocking socket."""

    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra)
        self._extra['socket'] = sock
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._loop = loop
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        if server is not None:
            server._attach()
        _set_nodelay(sock)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def _start_reading(self):
        if not self._closing and not self._paused:
            self._loop._add_reader(self._sock_fd, self._read_ready)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._sock_fd, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # The peer finished writing; this side may still write.
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            data = memoryview(data)[n:]
            if not data:
                return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        if n:
            del self._buffer[:n]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)
            elif self._eof:
                self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low
        self._maybe_pause_protocol()

    def _maybe_pause_protocol(self):
        if len(self._buffer) <= self._high_water or self._protocol_paused:
            return
        self._protocol_paused = True
        try:
            self._protocol.pause_writing()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'protocol.pause_writing() failed',
                'exception': exc, 'transport': self, 'protocol': self._protocol,
            })

    def _maybe_resume_protocol(self):
        if self._protocol_paused and len(self._buffer) <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc, 'transport': self, 'protocol': self._protocol,
                })

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None
