# _posixshmem: shm_open / shm_unlink with OSError subclasses.
import os
import _posixshmem

print(sorted(n for n in dir(_posixshmem) if not n.startswith('_')))
name = f"/minipy_buf_{os.getpid()}"
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
print(type(fd).__name__, fd >= 0)
os.write(fd, b'hello')
os.close(fd)
try:
    _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == name)
fd = _posixshmem.shm_open(path=name, flags=os.O_RDONLY)
print(os.read(fd, 5))
os.close(fd)
_posixshmem.shm_unlink(name)
try:
    _posixshmem.shm_unlink(name)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
for bad in [lambda: _posixshmem.shm_open(3, 0), lambda: _posixshmem.shm_open('/x'), lambda: _posixshmem.shm_unlink(b'/x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
