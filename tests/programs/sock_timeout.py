# Timeouts raise TimeoutError (socket.timeout); non-blocking calls raise BlockingIOError.
import socket
import time

print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.getdefaulttimeout())
a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.1)
print(a.gettimeout(), a.getblocking())
t0 = time.monotonic()
try:
    a.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.args, 0.05 < time.monotonic() - t0 < 2)
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
a.settimeout(None)
print(a.gettimeout(), a.getblocking())
for bad in ('x', -1, float('nan')):
    try:
        a.settimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a.close()
b.close()

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print('accept', e)
srv.close()

socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
s = socket.socket()
print(s.gettimeout())
s.close()

# sendall on a full pipe times out
a, b = socket.socketpair()
a.settimeout(0.1)
try:
    a.sendall(b'x' * 10_000_000)
except TimeoutError as e:
    print('sendall', e)
a.close()
b.close()
