# UDP datagrams between two sockets on 127.0.0.1.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
b.bind(('127.0.0.1', 0))
print(a.type, repr(b.type))
a.settimeout(5)
b.settimeout(5)
pa, pb = a.getsockname(), b.getsockname()
print(a.sendto(b'ping', pb))
data, addr = b.recvfrom(100)
print(data, addr == pa)
b.sendto(b'pong', 0, addr)
buf = bytearray(10)
n, addr2 = a.recvfrom_into(buf)
print(n, bytes(buf), addr2 == pb)
# connected datagram sockets use send/recv
a.connect(pb)
a.send(b'one')
a.send(b'two')
print(b.recv(1), b.recv(100))
mv = memoryview(bytearray(8))
b.sendto(b'abcdef', pa)
print(a.recv_into(mv, 4), bytes(mv))
a.close()
b.close()

# IPv6 loopback
try:
    c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
except OSError:
    print('no ipv6')
else:
    with c:
        c.bind(('::1', 0))
        addr = c.getsockname()
        print(addr[0], len(addr), addr[2:])
        c.sendto(b'self', addr)
        c.settimeout(5)
        print(c.recvfrom(10)[0])
