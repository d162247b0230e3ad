# The descriptor, identity and file-system calls of os against the real system.
import os, sys

d = "/tmp/so_os_calls_%d" % os.getpid()
os.mkdir(d)
f = os.path.join(d, "data")
fd = os.open(f, os.O_RDWR | os.O_CREAT, 0o600)
print(os.pwrite(fd, b"hello world", 0), os.pread(fd, 5, 6))
print(os.writev(fd, [b"abc", bytearray(b"def")]))
bufs = [bytearray(4), bytearray(10)]
print(os.preadv(fd, bufs, 0), bufs)
print(os.pwritev(fd, [b"XY"], 0), os.pread(fd, 4, 0))
os.lseek(fd, 0, os.SEEK_SET)
bufs = [bytearray(3), bytearray(3)]
print(os.readv(fd, bufs), bufs)
print(os.get_inheritable(fd), os.get_blocking(fd))
os.set_inheritable(fd, True)
os.set_blocking(fd, False)
print(os.get_inheritable(fd), os.get_blocking(fd))
os.set_blocking(fd, True)
os.fchmod(fd, 0o640)
print(oct(os.stat(f).st_mode & 0o777))
os.fdatasync(fd)
os.posix_fallocate(fd, 0, 100)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_NORMAL)
print(os.fstat(fd).st_size)
os.lockf(fd, os.F_LOCK, 0)
os.lockf(fd, os.F_ULOCK, 0)
g = os.path.join(d, "copy")
fd2 = os.open(g, os.O_RDWR | os.O_CREAT, 0o600)
print(os.copy_file_range(fd, fd2, 5, 0))
print(os.sendfile(fd2, fd, 6, 5), os.pread(fd2, 20, 0))
os.close(fd2)
os.close(fd)
os.chown(f, -1, -1)
os.lchown(f, os.getuid(), os.getgid())
fifo = os.path.join(d, "fifo")
os.mkfifo(fifo)
import stat
print(stat.S_ISFIFO(os.stat(fifo).st_mode))
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)), os.makedev(259, 3))
sv = os.statvfs(d)
print(type(sv).__name__, len(sv), sv.f_bsize > 0, sv.f_namemax, sv.f_fsid == os.fstatvfs(os.open(d, os.O_RDONLY)).f_fsid)
try:
    os.statvfs(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(d, "missing"))
cwd = os.getcwd()
dfd = os.open(d, os.O_RDONLY)
os.fchdir(dfd)
print(os.getcwd() == os.path.realpath(d))
os.chdir(cwd)
os.close(dfd)
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]))
print(os.confstr("CS_PATH"), os.pathconf(d, "PC_NAME_MAX"), os.fpathconf(0, "PC_PIPE_BUF") > 0)
for bad in ("nope", 1.5):
    try:
        os.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(os.getrandom(16)), os.getrandom(0))
efd = os.eventfd(3, os.EFD_CLOEXEC)
os.eventfd_write(efd, 4)
print(os.eventfd_read(efd))
os.close(efd)
mfd = os.memfd_create("so_test")
os.write(mfd, b"memfd!")
print(os.pread(mfd, 10, 0))
os.close(mfd)
pfd = os.pidfd_open(os.getpid())
print(pfd > 2)
os.close(pfd)
r, w = os.pipe()
os.write(w, b"spliced")
fd3 = os.open(os.path.join(d, "sp"), os.O_RDWR | os.O_CREAT, 0o600)
print(os.splice(r, fd3, 7), os.pread(fd3, 10, 0))
for x in (r, w, fd3):
    os.close(x)
m, s = os.openpty()
print(os.isatty(s), os.ttyname(s).startswith("/dev/pts/"), os.device_encoding(s), os.device_encoding(m + 1000) if False else None)
print(os.get_inheritable(m), os.get_inheritable(s))
os.close(m); os.close(s)
print(os.ctermid())
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or True, type(os.getgroups()).__name__)
print(os.getpriority(os.PRIO_PROCESS, 0), os.nice(0))
print(os.sched_getscheduler(0), os.sched_getparam(0), os.sched_get_priority_max(os.SCHED_FIFO), os.sched_get_priority_min(os.SCHED_FIFO))
aff = os.sched_getaffinity(0)
print(type(aff).__name__, len(aff) >= 1)
os.sched_setaffinity(0, aff)
os.sched_yield()
print(os.sched_rr_get_interval(0) >= 0)
try:
    os.sched_setscheduler(0, os.SCHED_OTHER, 0)
except TypeError as e:
    print(e)
os.sched_setparam(0, os.sched_param(0))
print(os.sched_param(5), os.sched_param(sched_priority=5) if False else "")
print(os.getxattr.__name__, os.listxattr.__name__)
os.environb[b"SO_TEST_VAR"] = b"bytes value"
print(os.environ["SO_TEST_VAR"], os.getenvb(b"SO_TEST_VAR"), os.getenvb(b"SO_MISSING", b"dflt"))
del os.environb[b"SO_TEST_VAR"]
print("SO_TEST_VAR" in os.environ, b"SO_TEST_VAR" in os.environb)
print(os.GenericAlias is type(list[int]), os.environ.__class__.__name__)
print(sorted(os.confstr_names)[:3], len(os.pathconf_names) > 10)
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)
pid = os.posix_spawn("/bin/sh", ["sh", "-c", "exit 3"], os.environ)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.posix_spawnp("sh", ["sh", "-c", "exit $CODE"], {"CODE": "5"})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for args in [("/bin/true", "x", {}), ("/bin/true", [], {}), ("/bin/true", ["x"], None), ("/nonexistent", ["x"], {})]:
    try:
        os.posix_spawn(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.posix_spawn("/bin/true", ["x"], {}, file_actions=[(99,)])
except TypeError as e:
    print(e)
sys.stdout.flush()
pid, master = os.forkpty()
if pid == 0:
    os.write(1, b"in pty\n")
    os._exit(0)
data = b""
while True:
    try:
        chunk = os.read(master, 100)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
os.waitpid(pid, 0)
print(data.replace(b"\r", b""))
