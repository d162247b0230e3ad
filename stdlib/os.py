r"""OS routines for NT or Posix depending on what system we're on.

This exports:
  - all functions from posix or nt, e.g. unlink, stat, etc.
  - os.path is either posixpath or ntpath
  - os.name is either 'posix' or 'nt'
  - os.curdir is a string representing the current directory (always '.')
  - os.pardir is a string representing the parent directory (always '..')
  - os.sep is the (or a most common) pathname separator ('/' or '\\')
  - os.extsep is the extension separator (always '.')
  - os.altsep is the alternate pathname separator (None or '/')
  - os.pathsep is the component separator used in $PATH etc
  - os.linesep is the line separator in text files ('\r' or '\n' or '\r\n')
  - os.defpath is the default search path for executables
  - os.devnull is the file path of the null device ('/dev/null', etc.)

Programs that import and use 'os' stand a better chance of being
portable between different platforms.  Of course, they must then
only use functions that are defined by all platforms (e.g., unlink
and opendir), and leave all pathname manipulation to os.path
(e.g., split and join).
"""

# minipy: the system calls come from the native `posix` module; the result types
# (stat_result, DirEntry, terminal_size, ...) and everything else are written here.

import sys
import posix as _posix
import _random
from collections.abc import MutableMapping as _MutableMapping

name = 'posix'
linesep = '\n'
error = OSError

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
SEEK_DATA = 3
SEEK_HOLE = 4
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_ASYNC = 0o20000
O_DIRECT = 0o40000
O_LARGEFILE = 0
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_NOATIME = 0o1000000
O_CLOEXEC = 0o2000000
O_SYNC = 0o4010000
O_RSYNC = O_SYNC
O_PATH = 0o10000000
O_TMPFILE = 0o20200000
EX_OK = 0
EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_NOUSER = 67
EX_NOHOST = 68
EX_UNAVAILABLE = 69
EX_SOFTWARE = 70
EX_OSERR = 71
EX_OSFILE = 72
EX_CANTCREAT = 73
EX_IOERR = 74
EX_TEMPFAIL = 75
EX_PROTOCOL = 76
EX_NOPERM = 77
EX_CONFIG = 78
WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8
P_NOWAIT = 1
P_NOWAITO = 1
P_WAIT = 0
F_LOCK = 1
F_TLOCK = 2
F_ULOCK = 0
F_TEST = 3
CLD_EXITED = 1
CLD_KILLED = 2
CLD_DUMPED = 3
CLD_TRAPPED = 4
CLD_STOPPED = 5
CLD_CONTINUED = 6
NGROUPS_MAX = 65536
TMP_MAX = 238328
PRIO_PROCESS = 0
PRIO_PGRP = 1
PRIO_USER = 2
RTLD_LAZY = 1
RTLD_NOW = 2
RTLD_GLOBAL = 256
RTLD_LOCAL = 0
RTLD_NODELETE = 4096
RTLD_NOLOAD = 4
RTLD_DEEPBIND = 8
ST_RDONLY = 1
ST_NOSUID = 2

getpid = _posix.getpid
getppid = _posix.getppid
getuid = _posix.getuid
geteuid = _posix.geteuid
getgid = _posix.getgid
getegid = _posix.getegid
getcwd = _posix.getcwd
getcwdb = _posix.getcwdb
chdir = _posix.chdir
rmdir = _posix.rmdir
unlink = _posix.unlink
remove = _posix.unlink
rename = _posix.rename
replace = _posix.rename
chmod = _posix.chmod
umask = _posix.umask
symlink = _posix.symlink
readlink = _posix.readlink
link = _posix.link
strerror = _posix.strerror
cpu_count = _posix.cpu_count
_exit = _posix._exit
kill = _posix.kill
isatty = _posix.isatty
close = _posix.close
read = _posix.read
write = _posix.write
lseek = _posix.lseek
pipe = _posix.pipe
dup = _posix.dup
fsync = _posix.fsync
ftruncate = _posix.ftruncate
truncate = _posix.truncate
system = _posix.system
getloadavg = _posix.getloadavg
urandom = _random.urandom


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path."""
    return _posix.access(path, mode)


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor (integer)."""
    return _posix.open(path, flags, mode)


def closerange(fd_low, fd_high, /):
    """Closes all file descriptors in [fd_low, fd_high), ignoring errors."""
    for fd in range(fd_low, fd_high):
        try:
            close(fd)
        except OSError:
            pass


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory."""
    _posix.mkdir(path, mode)


def listdir(path=None):
    """Return a list containing the names of the files in the directory."""
    return _posix.listdir(path)


from _structseq import structseq as _structseq


stat_result = _structseq('os.stat_result', (
    'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
    '_st_atime_int', '_st_mtime_int', '_st_ctime_int',
    'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
    'st_blksize', 'st_blocks', 'st_rdev'), 10)


def _stat_repr(self):
    names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
             'st_atime', 'st_mtime', 'st_ctime')
    parts = ', '.join(f'{n}={v!r}' for n, v in zip(names, self))
    return f'os.stat_result({parts})'


stat_result.__repr__ = _stat_repr
del _stat_repr


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, ans, mns, cns, blksize, blocks, rdev = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        ans // 1000000000, mns // 1000000000, cns // 1000000000,
                        ans / 1e9, mns / 1e9, cns / 1e9, ans, mns, cns,
                        blksize, blocks, rdev))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return _make_stat(_posix.stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return _make_stat(_posix.lstat(path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return _make_stat(_posix.fstat(fd))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        a, m = times
        _posix.utime(path, int(a * 1000000000), int(m * 1000000000))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        _posix.utime(path, ns[0], ns[1])
    else:
        _posix.utime(path, None, None)


terminal_size = _structseq('os.terminal_size', ('columns', 'lines'))
uname_result = _structseq('posix.uname_result', ('sysname', 'nodename', 'release', 'version', 'machine'))
times_result = _structseq('posix.times_result', ('user', 'system', 'children_user', 'children_system', 'elapsed'))


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_posix.uname())


def times():
    """Return a collection containing process timing information."""
    return times_result(_posix.times())


def get_terminal_size(fd=1, /):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_posix.get_terminal_size(fd))


def fspath(path):
    """Return the file system path representation of the object.

    If the object is str or bytes, then allow it to pass through as-is. If the
    object defines __fspath__(), then return the result of that method. All other
    types raise a TypeError."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, "
                        "not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, "
                    "not {}".format(path_type.__name__, type(path_repr).__name__))


class _PathLikeMeta(type):
    # minipy has no abc module yet: the one check PathLike needs is whether the class
    # defines __fspath__ (what CPython's __subclasshook__ answers).
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return hasattr(sub, '__fspath__')
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


class _Environ(_MutableMapping):
    """The process environment: writes go through to putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        _posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _decode_env(b):
    try:
        return b.decode('utf-8', 'surrogateescape')
    except Exception:
        return b.decode('latin-1')


environ = _Environ({_decode_env(k): _decode_env(v) for k, v in _posix.environ()})


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def putenv(name, value, /):
    """Change or add an environment variable."""
    _posix.putenv(name, value)


def unsetenv(name, /):
    """Delete an environment variable."""
    _posix.unsetenv(name)


supports_bytes_environ = True
GenericAlias = type(list[int])


class _EnvironBytes(_MutableMapping):
    """os.environb: the same environment as os.environ, keyed and valued by bytes."""

    @staticmethod
    def _key(key):
        if not isinstance(key, bytes):
            raise TypeError("bytes expected, not %s" % type(key).__name__)
        return key.decode('utf-8', 'surrogateescape')

    def __getitem__(self, key):
        try:
            return environ[self._key(key)].encode('utf-8', 'surrogateescape')
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        environ[self._key(key)] = value.decode('utf-8', 'surrogateescape')

    def __delitem__(self, key):
        try:
            del environ[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([k.encode('utf-8', 'surrogateescape') for k in environ])

    def __len__(self):
        return len(environ)

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)


environb = _EnvironBytes()


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are bytes."""
    return environb.get(key, default)


class DirEntry:
    """An entry of scandir(): the name and path, and the file type read lazily."""

    def __init__(self, dirpath, name, kind, ino):
        self.name = name
        if dirpath is None:
            self.path = name
        else:
            self.path = path.join(dirpath, name)
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None

    def inode(self):
        """Return inode of the entry; cached per entry."""
        return self._ino

    def is_symlink(self):
        """Return True if the entry is a symbolic link; cached per entry."""
        return self._kind == 2

    def stat(self, *, follow_symlinks=True):
        """Return stat_result object for the entry; cached per entry."""
        if follow_symlinks and self._kind == 2:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def is_dir(self, *, follow_symlinks=True):
        """Return True if the entry is a directory; cached per entry."""
        if self._kind == 2:
            if not follow_symlinks:
                return False
            try:
                return path.stat.S_ISDIR(self.stat().st_mode)
            except OSError:
                return False
        return self._kind == 1

    def is_file(self, *, follow_symlinks=True):
        """Return True if the entry is a file; cached per entry."""
        if self._kind == 2:
            if not follow_symlinks:
                return False
            try:
                return path.stat.S_ISREG(self.stat().st_mode)
            except OSError:
                return False
        if self._kind == 1:
            return False
        try:
            return path.stat.S_ISREG(self.stat(follow_symlinks=False).st_mode)
        except OSError:
            return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        base, raw = None, _posix.scandir('.')
        if True:
            return _ScandirIterator([DirEntry(None, n, k, i) for n, k, i in raw])
    base = fspath(path)
    raw = _posix.scandir(path)
    return _ScandirIterator([DirEntry(base, n, k, i) for n, k, i in raw])


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with scandir_it:
            for entry in scandir_it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            islink, join = path.islink, path.join
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Directory tree generator like walk(), also yielding a directory fd (None here)."""
    for root, dirs, files in walk(top, topdown, onerror, follow_symlinks):
        yield root, dirs, files, None


def getlogin():
    """Return the actual login name."""
    name = environ.get('LOGNAME') or environ.get('USER')
    if name is None:
        raise OSError(6, 'No such device or address')
    return name


def popen(cmd, mode="r", buffering=-1):
    raise OSError("os.popen is not supported by minipy")


EFD_CLOEXEC = 524288
EFD_NONBLOCK = 2048
EFD_SEMAPHORE = 1
GRND_NONBLOCK = 1
GRND_RANDOM = 2
MFD_ALLOW_SEALING = 2
MFD_CLOEXEC = 1
MFD_HUGETLB = 4
MFD_HUGE_16GB = 2281701376
MFD_HUGE_16MB = 1610612736
MFD_HUGE_1GB = 2013265920
MFD_HUGE_1MB = 1342177280
MFD_HUGE_256MB = 1879048192
MFD_HUGE_2GB = 2080374784
MFD_HUGE_2MB = 1409286144
MFD_HUGE_32MB = 1677721600
MFD_HUGE_512KB = 1275068416
MFD_HUGE_512MB = 1946157056
MFD_HUGE_64KB = 1073741824
MFD_HUGE_8MB = 1543503872
MFD_HUGE_MASK = 63
MFD_HUGE_SHIFT = 26
O_FSYNC = 1052672
POSIX_FADV_DONTNEED = 4
POSIX_FADV_NOREUSE = 5
POSIX_FADV_NORMAL = 0
POSIX_FADV_RANDOM = 1
POSIX_FADV_SEQUENTIAL = 2
POSIX_FADV_WILLNEED = 3
POSIX_SPAWN_CLOSE = 1
POSIX_SPAWN_DUP2 = 2
POSIX_SPAWN_OPEN = 0
P_ALL = 0
P_PGID = 2
P_PID = 1
P_PIDFD = 3
RWF_APPEND = 16
RWF_DSYNC = 2
RWF_HIPRI = 1
RWF_NOWAIT = 8
RWF_SYNC = 4
SCHED_BATCH = 3
SCHED_FIFO = 1
SCHED_IDLE = 5
SCHED_OTHER = 0
SCHED_RESET_ON_FORK = 1073741824
SCHED_RR = 2
SPLICE_F_MORE = 4
SPLICE_F_MOVE = 1
SPLICE_F_NONBLOCK = 2
ST_APPEND = 256
ST_MANDLOCK = 64
ST_NOATIME = 1024
ST_NODEV = 4
ST_NODIRATIME = 2048
ST_NOEXEC = 8
ST_RELATIME = 4096
ST_SYNCHRONOUS = 16
ST_WRITE = 128
WEXITED = 4
WNOWAIT = 16777216
WSTOPPED = 2
XATTR_CREATE = 1
XATTR_REPLACE = 2
XATTR_SIZE_MAX = 65536


import stat as st
try:
    import abc
except ImportError:
    pass
from collections.abc import Mapping, MutableMapping


from _os_proc import (register_at_fork, fork, execv, execve, execl, execle, execlp, execlpe,
                      execvp, execvpe, spawnv, spawnve, spawnvp, spawnvpe, spawnl, spawnle,
                      spawnlp, spawnlpe, waitpid, wait, wait3, wait4, waitid, waitid_result,
                      WCOREDUMP, WIFCONTINUED, WIFSTOPPED, WIFSIGNALED, WIFEXITED, WEXITSTATUS,
                      WTERMSIG, WSTOPSIG, waitstatus_to_exitcode, sched_param,
                      posix_spawn, posix_spawnp)
from _os_sys import *
from _os_sys import sysconf_names, confstr_names, pathconf_names
killpg = _posix.killpg
abort = _posix.abort
pipe2 = _posix.pipe2
getpgid = _posix.getpgid
setpgid = _posix.setpgid
getpgrp = _posix.getpgrp
setpgrp = _posix.setpgrp
getsid = _posix.getsid
setsid = _posix.setsid
tcgetpgrp = _posix.tcgetpgrp
tcsetpgrp = _posix.tcsetpgrp


def dup2(fd, fd2, inheritable=True):
    """Duplicate file descriptor."""
    return _posix.dup2(fd, fd2, inheritable)


def sync():
    """Force write of everything to disk."""
    system('sync')


supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat}
supports_follow_symlinks = {stat}

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull)

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name',
           'path', 'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode',
           'get_exec_path', 'fdopen', 'extsep', 'makedirs', 'removedirs', 'renames',
           'walk', 'fwalk', 'environ', 'getenv', 'supports_bytes_environ', 'PathLike',
           'fspath', 'error', 'scandir', 'DirEntry', 'stat_result', 'terminal_size',
           'get_terminal_size', 'listdir', 'mkdir', 'stat', 'lstat', 'fstat', 'remove',
           'unlink', 'rename', 'replace', 'rmdir', 'chdir', 'getcwd', 'getcwdb',
           'getpid', 'getppid', 'kill', 'urandom', 'cpu_count', 'access', 'chmod',
           'open', 'close', 'read', 'write', 'putenv', 'unsetenv', 'strerror', 'uname',
           'times', 'system', 'umask', 'utime']


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
