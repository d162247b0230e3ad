# A TCP echo server on 127.0.0.1 (port chosen by the kernel) with a thread as client
# (named *_thread so the leak check skips it with the other threaded programs).
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
print(srv.family, srv.type, repr(srv.family), repr(srv.type), srv.proto)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(repr(srv).replace(str(port), 'PORT').replace('fd=%d' % srv.fileno(), 'fd=N'))

received = []

def client(n):
    with socket.create_connection(('127.0.0.1', port), timeout=5) as c:
        received.append(c.getpeername() == ('127.0.0.1', port))
        for i in range(n):
            msg = b'message %d ' % i * (i + 1)
            c.sendall(msg)
            got = b''
            while len(got) < len(msg):
                chunk = c.recv(7)
                if not chunk:
                    break
                got += chunk
            received.append(got == msg.upper())
        c.shutdown(socket.SHUT_WR)
        received.append(c.recv(10))

def serve_one():
    conn, addr = srv.accept()
    with conn:
        print('accepted from 127.0.0.1:', addr[0] == '127.0.0.1', conn.getsockname() == ('127.0.0.1', port))
        print('accepted blocking:', conn.getblocking(), conn.gettimeout())
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(data.upper())
    print('closed conn:', conn.fileno())

t = threading.Thread(target=client, args=(5,))
t.start()
serve_one()
t.join()
print(received)

# Many clients in turn, a big payload through sendall.
big = bytes(range(256)) * 4000
def big_client():
    with socket.create_connection(('127.0.0.1', port)) as c:
        c.sendall(big)
        c.shutdown(socket.SHUT_WR)
        n = 0
        while True:
            d = c.recv(65536)
            if not d:
                break
            n += len(d)
        received.append(n)

t = threading.Thread(target=big_client)
t.start()
conn, _ = srv.accept()
total = bytearray()
while True:
    buf = bytearray(10000)
    n = conn.recv_into(buf)
    if n == 0:
        break
    total += buf[:n]
print(len(total), bytes(total) == big)
conn.sendall(total)
conn.close()
t.join()
print(received[-1])
srv.close()
print(srv.fileno(), srv._closed)
