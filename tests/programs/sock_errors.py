# Errors: refused connections, closed sockets, bad addresses, resolver failures.
import errno
import socket

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()

c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno == errno.ECONNREFUSED, e)
c.close()
c = socket.socket()
print(c.connect_ex(('127.0.0.1', port)) == errno.ECONNREFUSED)
c.close()

s = socket.socket()
s.close()
for call in (lambda: s.recv(1), lambda: s.send(b'x'), lambda: s.getsockname(), lambda: s.bind(('', 0))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
print(s.fileno(), s.detach())

s = socket.socket()
for addr in ('x', ('x',), ('127.0.0.1', 70000), ('127.0.0.1', -1), ('127.0.0.1', 'p'), 5):
    try:
        s.connect(addr)
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
try:
    s.send('text')
except TypeError as e:
    print(e)
try:
    s.recv(-1)
except ValueError as e:
    print(e)
try:
    s.send(b'x')
except OSError as e:
    print(type(e).__name__, e)
s.close()

try:
    socket.socket(fileno=-5)
except ValueError as e:
    print(e)

try:
    socket.getaddrinfo('no-such-host.invalid', 80)
except socket.gaierror as e:
    print('gaierror', isinstance(e, OSError), type(e).__module__)
print(socket.gaierror.__mro__[1].__name__, socket.herror.__mro__[1].__name__)

for f, arg in ((socket.inet_aton, 'x.y'), (socket.inet_ntoa, b'123'), (socket.inet_pton, 'bad')):
    try:
        f(socket.AF_INET, arg) if f is socket.inet_pton else f(arg)
    except OSError as e:
        print(type(e).__name__, e)

# Writing to a socket whose peer is gone
a, b = socket.socketpair()
b.close()
try:
    for _ in range(3):
        a.send(b'data')
except BrokenPipeError as e:
    print(type(e).__name__, e)
a.close()

# Connecting twice
srv = socket.create_server(('127.0.0.1', 0))
c = socket.create_connection(srv.getsockname())
try:
    c.connect(srv.getsockname())
except OSError as e:
    print(e.errno == errno.EISCONN, e)
c.close()
srv.close()
