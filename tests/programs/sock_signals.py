# PEP 475: a signal during a blocking socket call runs its handler and the call goes
# on; a handler that raises ends the call with its exception.
import signal
import socket
import threading
import time

a, b = socket.socketpair()
seen = []
old = signal.signal(signal.SIGALRM, lambda n, f: seen.append(n))
signal.setitimer(signal.ITIMER_REAL, 0.05)
threading.Timer(0.3, lambda: b.send(b'late data')).start()
print(a.recv(100), seen == [signal.SIGALRM])

class Stop(Exception):
    pass

def boom(n, f):
    raise Stop('from handler')

signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    a.recv(100)
except Stop as e:
    print('interrupted:', e)

# with a timeout, the time left is kept after the handler
signal.signal(signal.SIGALRM, lambda n, f: seen.append('t'))
a.settimeout(0.3)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    a.recv(100)
except TimeoutError as e:
    print(e, seen[-1], 0.25 < time.monotonic() - t0 < 1.5)

srv = socket.create_server(('127.0.0.1', 0))
signal.signal(signal.SIGALRM, boom)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    srv.accept()
except Stop as e:
    print('accept interrupted:', e)
signal.signal(signal.SIGALRM, old)
srv.close()
a.close()
b.close()
