# minipy: os's wrappers over the identity, descriptor and file-system families of
# posix (keyword arguments, result types, name tables), re-exported by os.py.

__name__ = 'os'   # the functions below belong to os, as in CPython

import posix as _posix
from _structseq import structseq as _structseq
from _os_confnames import sysconf_names, confstr_names, pathconf_names

setuid = _posix.setuid
setgid = _posix.setgid
seteuid = _posix.seteuid
setegid = _posix.setegid
setreuid = _posix.setreuid
setregid = _posix.setregid
setresuid = _posix.setresuid
setresgid = _posix.setresgid
getresuid = _posix.getresuid
getresgid = _posix.getresgid
getgroups = _posix.getgroups
setgroups = _posix.setgroups
getgrouplist = _posix.getgrouplist
initgroups = _posix.initgroups
getpriority = _posix.getpriority
setpriority = _posix.setpriority
nice = _posix.nice
sched_yield = _posix.sched_yield
sched_get_priority_max = _posix.sched_get_priority_max
sched_get_priority_min = _posix.sched_get_priority_min
sched_getscheduler = _posix.sched_getscheduler
sched_rr_get_interval = _posix.sched_rr_get_interval
sched_setaffinity = _posix.sched_setaffinity
get_inheritable = _posix.get_inheritable
set_inheritable = _posix.set_inheritable
get_blocking = _posix.get_blocking
set_blocking = _posix.set_blocking
fchmod = _posix.fchmod
fchown = _posix.fchown
fchdir = _posix.fchdir
fdatasync = _posix.fdatasync
pread = _posix.pread
pwrite = _posix.pwrite
sendfile = _posix.sendfile
lockf = _posix.lockf
posix_fallocate = _posix.posix_fallocate
posix_fadvise = _posix.posix_fadvise
openpty = _posix.openpty
login_tty = _posix.login_tty
ttyname = _posix.ttyname
ctermid = _posix.ctermid
eventfd_read = _posix.eventfd_read
eventfd_write = _posix.eventfd_write
lchown = _posix.lchown
chroot = _posix.chroot
major = _posix.major
minor = _posix.minor
makedev = _posix.makedev

from _os_proc import sched_param


def sched_getparam(pid, /):
    """Returns scheduling parameters for the process identified by pid."""
    return sched_param(_posix.sched_getparam(pid))


def _priority_of(param):
    if not isinstance(param, sched_param):
        raise TypeError("must have a sched_param object")
    return param.sched_priority


def sched_setscheduler(pid, policy, param, /):
    """Set the scheduling policy for the process identified by pid."""
    _posix.sched_setscheduler(pid, policy, _priority_of(param))


def sched_setparam(pid, param, /):
    """Set scheduling parameters for the process identified by pid."""
    _posix.sched_setparam(pid, _priority_of(param))


def sched_getaffinity(pid, /):
    """Return the affinity of the process identified by pid (or the current process if zero)."""
    return set(_posix.sched_getaffinity(pid))


def eventfd(initval, flags=524288):
    """Creates and returns an event notification file descriptor."""
    return _posix.eventfd(initval, flags)


def memfd_create(name, flags=1):
    return _posix.memfd_create(name, flags)


def pidfd_open(pid, flags=0):
    """Return a file descriptor referring to the process *pid*."""
    return _posix.pidfd_open(pid, flags)


def getrandom(size, flags=0):
    """Obtain a series of random bytes."""
    return _posix.getrandom(size, flags)


def _fill(buffers, data):
    # Scatter `data` over the writable buffers in order, as the kernel's readv would.
    pos = 0
    for b in buffers:
        if pos >= len(data):
            break
        m = memoryview(b)
        n = min(len(m), len(data) - pos)
        m[:n] = data[pos:pos + n]
        pos += n
    return pos


def readv(fd, buffers, /):
    """Read from a file descriptor fd into an iterable of buffers."""
    buffers = list(buffers)
    return _fill(buffers, _posix.readv(fd, sum(len(memoryview(b)) for b in buffers), None))


def preadv(fd, buffers, offset, flags=0, /):
    """Reads from a file descriptor into a number of mutable bytes-like objects."""
    buffers = list(buffers)
    return _fill(buffers, _posix.readv(fd, sum(len(memoryview(b)) for b in buffers), offset))


def writev(fd, buffers, /):
    """Iterate over buffers, and write the contents of each to a file descriptor."""
    return _posix.writev(fd, [bytes(b) for b in buffers], None)


def pwritev(fd, buffers, offset, flags=0, /):
    """Writes the contents of bytes-like objects to a file descriptor at a given offset."""
    return _posix.writev(fd, [bytes(b) for b in buffers], offset)


def copy_file_range(src, dst, count, offset_src=None, offset_dst=None):
    """Copy count bytes from one file descriptor to another."""
    return _posix.copy_file_range(src, dst, count, offset_src, offset_dst)


def splice(src, dst, count, offset_src=None, offset_dst=None, flags=0):
    """Transfer count bytes from one pipe to a descriptor or vice versa."""
    return _posix.splice(src, dst, count, offset_src, offset_dst, flags)


def forkpty():
    """Fork a new process with a new pseudo-terminal as controlling tty.

Returns a tuple of (pid, master_fd).
Like fork(), return pid of 0 to the child process,
and pid of child to the parent process.
To both, return fd of newly opened pseudo-terminal."""
    from _os_proc import fork
    master, slave = openpty()
    pid = fork()
    if pid == 0:
        _posix.close(master)
        login_tty(slave)
        return 0, -1
    _posix.close(slave)
    return pid, master


def device_encoding(fd):
    """Return a string describing the encoding of a terminal's file descriptor.

The file descriptor must be attached to a terminal.
If the device is not a terminal, return None."""
    return 'UTF-8' if _posix.isatty(fd) else None


def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    """Change the owner and group id of path to the numeric uid and gid."""
    if isinstance(path, int):
        return _posix.fchown(path, uid, gid)
    _posix.chown(path, uid, gid, follow_symlinks)


def mkfifo(path, mode=0o666, *, dir_fd=None):
    """Create a "fifo" (a POSIX named pipe)."""
    _posix.mkfifo(path, mode)


def mknod(path, mode=0o600, device=0, *, dir_fd=None):
    """Create a node in the file system."""
    _posix.mknod(path, mode, device)


statvfs_result = _structseq('os.statvfs_result', (
    'f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
    'f_favail', 'f_flag', 'f_namemax', 'f_fsid'), 10)


def statvfs(path):
    """Perform a statvfs system call on the given path."""
    return statvfs_result(_posix.statvfs(path))


def fstatvfs(fd, /):
    """Perform an fstatvfs system call on the given fd."""
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return statvfs_result(_posix.statvfs(fd))


def getxattr(path, attribute, *, follow_symlinks=True):
    """Return the value of extended attribute attribute on path."""
    return _posix.getxattr(path, attribute, follow_symlinks)


def setxattr(path, attribute, value, flags=0, *, follow_symlinks=True):
    """Set extended attribute attribute on path to value."""
    _posix.setxattr(path, attribute, value, flags, follow_symlinks)


def listxattr(path=None, *, follow_symlinks=True):
    """Return a list of extended attributes on path."""
    return _posix.listxattr(path, follow_symlinks)


def removexattr(path, attribute, *, follow_symlinks=True):
    """Remove extended attribute attribute on path."""
    _posix.removexattr(path, attribute, follow_symlinks)


def _conf_name(name, table):
    if isinstance(name, int):
        return name
    if isinstance(name, str):
        try:
            return table[name]
        except KeyError:
            raise ValueError("unrecognized configuration name") from None
    raise TypeError("configuration names must be strings or integers")


def sysconf(name, /):
    """Return an integer-valued system configuration variable."""
    return _posix.sysconf(_conf_name(name, sysconf_names))


def confstr(name, /):
    """Return a string-valued system configuration variable."""
    return _posix.confstr(_conf_name(name, confstr_names))


def fpathconf(fd, name, /):
    """Return the configuration limit name for the file descriptor fd."""
    return _posix.fpathconf(fd, _conf_name(name, pathconf_names))


def pathconf(path, name):
    """Return the configuration limit name for the file or directory path."""
    return _posix.pathconf(path, _conf_name(name, pathconf_names))
