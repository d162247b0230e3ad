# dir(socket) as python3 shows it, less CAPI (a C capsule minipy has no use for).
import socket
LEFT_OUT = {'CAPI'}
print(sorted(n for n in set(dir(socket)) | LEFT_OUT if not n.startswith('_')))
print(sorted(n for n in dir(socket.socket) if not n.startswith('_') or n in ('_accept',)))
