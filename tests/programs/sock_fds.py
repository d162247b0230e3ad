# sendmsg/recvmsg with SCM_RIGHTS: a descriptor passed over an AF_UNIX pair.
import os
import socket

a, b = socket.socketpair()
r, w = os.pipe()
print(socket.send_fds(a, [b'fd here'], [w]))
msg, fds, flags, addr = socket.recv_fds(b, 100, 4)
print(msg, len(fds), flags, addr)
os.write(fds[0], b'through the passed fd')
print(os.read(r, 100))
for fd in (r, w, fds[0]):
    os.close(fd)

print(a.sendmsg([b'ab', bytearray(b'cd'), memoryview(b'ef')]))
print(b.recvmsg(10))
a.sendmsg([b'scatter me'])
x, y = bytearray(3), bytearray(20)
n, anc, flags, addr = b.recvmsg_into([x, y])
print(n, x, y[:n - 3], anc, flags, addr)
a.close()
b.close()

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendmsg([b'dgram'], [], 0, u1.getsockname())
data, anc, flags, addr = u1.recvmsg(100)
print(data, anc, flags, addr == u2.getsockname())
u1.close()
u2.close()
