"""Object-oriented filesystem paths.

This module provides classes to represent abstract paths and concrete
paths with operations that have semantics appropriate for different
operating systems.
"""

# minipy's pathlib: pure paths are string manipulation (a POSIX and a Windows flavour);
# concrete paths call os (stat, listdir, mkdir...) and the builtin open().

import fnmatch
import functools
import io
import re
import sys
try:
    import os
except ImportError:
    os = None
try:
    import posixpath
except ImportError:
    pass
try:
    import warnings
except ImportError:
    pass
try:
    from collections.abc import Sequence
except ImportError:
    Sequence = object
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from operator import attrgetter

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

_S_IFMT = 0o170000


def S_ISDIR(mode):
    return mode & _S_IFMT == 0o040000


def S_ISREG(mode):
    return mode & _S_IFMT == 0o100000


def S_ISLNK(mode):
    return mode & _S_IFMT == 0o120000


def S_ISBLK(mode):
    return mode & _S_IFMT == 0o060000


def S_ISCHR(mode):
    return mode & _S_IFMT == 0o020000


def S_ISFIFO(mode):
    return mode & _S_IFMT == 0o010000


def S_ISSOCK(mode):
    return mode & _S_IFMT == 0o140000


_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def urlquote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str."""
    return ''.join(chr(b) if b in _SAFE else '%%%02X' % b for b in bs)


def _fspath(a):
    if isinstance(a, str):
        return a
    if isinstance(a, PurePath):
        return str(a)
    f = getattr(type(a), '__fspath__', None)
    if f is not None:
        r = f(a)
        if isinstance(r, str):
            return r
        raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r"
                        % type(r).__name__)
    raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r"
                    % type(a).__name__)


class _PosixFlavour:
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = True

    def splitroot(self, part):
        if part and part[0] == '/':
            stripped = part.lstrip('/')
            if len(part) - len(stripped) == 2:
                return '', '//', stripped
            return '', '/', stripped
        return '', '', part

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        bpath = bytes(str(path), 'utf-8')
        return 'file://' + urlquote_from_bytes(bpath)


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = False

    def splitroot(self, part):
        part = part.replace('/', '\\')
        drv = ''
        if len(part) >= 2 and part[1] == ':' and part[0].isalpha():
            drv = part[:2]
            part = part[2:]
        elif part[:2] == '\\\\':
            rest = part[2:].split('\\')
            if len(rest) >= 2 and rest[0] and rest[1]:
                drv = '\\\\' + rest[0] + '\\' + rest[1]
                part = part[len(drv):]
        if part[:1] == '\\':
            return drv, '\\', part.lstrip('\\')
        return drv, '', part

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} | \
            {'COM%s' % c for c in '123456789\xb9\xb2\xb3'} | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'}

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, urlquote_from_bytes(rest.encode('utf-8')))
        return 'file:' + urlquote_from_bytes(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


class _PathParents(Sequence):
    """This object provides sequence-like access to the logical ancestors of a path."""

    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        else:
            return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed_parts(self._drv, self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '_pparts', '_cached_cparts')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if (os is not None and os.name == 'nt') else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _parse_args(cls, args):
        flavour = cls._flavour
        drv = root = ''
        parts = []
        for a in args:
            s = _fspath(a)
            if not s:
                continue
            if flavour.altsep:
                s = s.replace(flavour.altsep, flavour.sep)
            d, r, rel = flavour.splitroot(s)
            if r or (d and d != drv):
                # An absolute (or other-drive) argument starts over.
                if d or not flavour.has_drv:
                    drv = d
                root = r
                parts = []
            elif d:
                drv = d
            for x in rel.split(flavour.sep):
                if x and x != '.':
                    parts.append(x)
        full = []
        if drv or root:
            full.append(drv + root)
        full.extend(parts)
        return drv, root, full

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = self._parse_args(args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = list(parts)
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        else:
            return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        return self._from_parts([self] + list(args))

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = self._format_parsed_parts(self._drv, self._root, self._parts) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        f = self._flavour
        return str(self).replace(f.sep, '/')

    def __bytes__(self):
        return str(self).encode('utf-8')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(self._parts)
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        else:
            return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        else:
            return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.splitroot(name)
        if (not name or name[-1] in [f.sep, f.altsep] or drv or root or len(parts.split(f.sep)) != 1
                or (f.altsep and f.altsep in name) or name == '.'):
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed arguments."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        to_drv, to_root, to_parts = self._parse_args(other)
        if to_root:
            to_abs_parts = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs_parts = to_parts
        n = len(to_abs_parts)
        cf = self._flavour.casefold_parts
        if (root or drv) if n == 0 else cf(abs_parts[:n]) != cf(to_abs_parts):
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the components in the filesystem path."""
        try:
            return self._pparts
        except AttributeError:
            self._pparts = tuple(self._parts)
            return self._pparts

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a new path."""
        return self._make_child(args)

    def __truediv__(self, key):
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key, self])
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        if not parts:
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable, a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved by the system, if any."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = self._parse_args((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems."""
    _flavour = _windows_flavour
    __slots__ = ()

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())


def _os():
    if os is None:
        raise NotImplementedError("this operation needs the os module")
    return os


def _translate_glob(pat):
    return re.compile(fnmatch.translate(pat)).match


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if (os is not None and os.name == 'nt') else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(_os().getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        """Yield path objects of the directory contents."""
        for name in _os().listdir(self):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, part):
        return self._from_parsed_parts(self._drv, self._root, self._parts + [part])

    def _scandir_names(self, path):
        try:
            names = _os().listdir(path)
        except OSError:
            return []
        return names

    def _is_dir_path(self, path):
        try:
            return S_ISDIR(_os().stat(str(path)).st_mode)
        except (OSError, ValueError):
            return False

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any kind, including directories) matching the given relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = self._parse_args((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            pattern_parts.append('')
        yield from self._glob(self, pattern_parts, set())

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including directories) matching the given relative pattern, anywhere in this subtree."""
        drv, root, pattern_parts = self._parse_args((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            pattern_parts.append('')
        yield from self._glob(self, ['**'] + pattern_parts, set())

    def _glob(self, base, parts, seen):
        if not parts:
            key = str(base)
            if key not in seen:
                seen.add(key)
                yield base
            return
        pat, rest = parts[0], parts[1:]
        if pat == '':
            if self._is_dir_path(base):
                yield from self._glob(base, rest, seen)
        elif pat == '**':
            # Zero or more directories: this one, then every directory below it.
            for d in self._walk_dirs(base):
                yield from self._glob(d, rest, seen)
        elif not any(c in pat for c in '*?['):
            child = base._make_child_relpath(pat)
            if rest:
                if self._is_dir_path(child):
                    yield from self._glob(child, rest, seen)
            elif child.exists() or child.is_symlink():
                yield from self._glob(child, rest, seen)
        else:
            match = _translate_glob(pat)
            for name in self._scandir_names(base):
                if match(name):
                    child = base._make_child_relpath(name)
                    if rest:
                        if self._is_dir_path(child):
                            yield from self._glob(child, rest, seen)
                    else:
                        yield from self._glob(child, rest, seen)

    def _walk_dirs(self, base):
        yield base
        for name in self._scandir_names(base):
            child = base._make_child_relpath(name)
            try:
                st = _os().lstat(str(child))
            except (OSError, AttributeError):
                continue
            if S_ISDIR(st.st_mode):
                yield from self._walk_dirs(child)

    def absolute(self):
        """Return an absolute version of this path by prepending the current working directory."""
        if self.is_absolute():
            return self
        return self._from_parts([_os().getcwd()] + self._parts)

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and also normalizing it."""
        o = _os()
        p = o.path.realpath(str(self)) if hasattr(o.path, 'realpath') else o.path.abspath(str(self))
        if strict:
            o.stat(p)
        return self._from_parts((p,))

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path, like os.stat() does."""
        if follow_symlinks:
            return _os().stat(str(self))
        return _os().lstat(str(self))

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object, as the built-in open() function does."""
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        return io.open(str(self), mode, buffering, encoding, errors, newline) if hasattr(io, "open") else \
            open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return self._from_parts((_os().readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                _os().utime(str(self), None)
                return
            except (OSError, AttributeError):
                pass
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            _os().mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        _os().chmod(str(self), mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            _os().unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        _os().rmdir(str(self))

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename this path to the target path."""
        _os().rename(str(self), str(target))
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path exists."""
        _os().replace(str(self), str(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        _os().symlink(str(target), str(self))

    def hardlink_to(self, target):
        _os().link(str(target), str(self))

    def exists(self):
        """Whether this path exists."""
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        """Whether this path is a directory."""
        try:
            return S_ISDIR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks pointing to regular files)."""
        try:
            return S_ISREG(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        ino = self.stat().st_ino
        parent_ino = self.parent.stat().st_ino
        return ino == parent_ino

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        try:
            return S_ISLNK(self.lstat().st_mode)
        except (OSError, ValueError, AttributeError):
            return False

    def is_block_device(self):
        try:
            return S_ISBLK(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_char_device(self):
        try:
            return S_ISCHR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_fifo(self):
        try:
            return S_ISFIFO(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_socket(self):
        try:
            return S_ISSOCK(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs (as returned by os.path.expanduser)."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            o = _os()
            if hasattr(o.path, 'expanduser'):
                homedir = o.path.expanduser(self._parts[0])
            else:
                homedir = o.environ.get('HOME', '')
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""
    __slots__ = ()
