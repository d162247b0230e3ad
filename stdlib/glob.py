"""Filename globbing: shell-style wildcards over the file system."""

import contextlib
import os
import re
import fnmatch
import itertools
import stat
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching pathname ('**' spans directories if recursive)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching pathname."""
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit("glob.glob", pathname, recursive)
        audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, dir_fd, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # '**' alone yields '' first for the top directory; drop it.
        try:
            first = next(it)
            if first:
                it = itertools.chain((first,), it)
        except StopIteration:
            pass
    return it


def _iglob(pathname, root_dir, dir_fd, recursive, dironly, include_hidden=False):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname), dir_fd):
                yield pathname
        elif _isdir(_join(root_dir, dirname), dir_fd):
            # A pattern ending in a separator matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dir_fd, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dir_fd, dironly, include_hidden)
        return
    # The directory part may itself hold wildcards: expand it first.
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, dir_fd, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        matcher = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        matcher = _glob0
    for parent in dirs:
        for name in matcher(_join(root_dir, parent), basename, dir_fd, dironly,
                            include_hidden):
            yield os.path.join(parent, name)


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    names = _listdir(dirname, dir_fd, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename), dir_fd):
            return [basename]
    elif _isdir(dirname, dir_fd):
        return [basename]
    return []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # '**': the directory itself (as an empty name), then everything below it.
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden)


def _real(path, dir_fd):
    """The path to hand to the OS: relative paths resolve against dir_fd."""
    if dir_fd is None:
        return path
    base = os.readlink('/proc/self/fd/%d' % dir_fd)
    if isinstance(path, bytes):
        base = os.fsencode(base)
    if not path:
        return base
    return os.path.join(base, path)


def _iterdir(dirname, dir_fd, dironly):
    try:
        target = _real(dirname, dir_fd)
        if not target:
            target = os.curdir if not isinstance(dirname, bytes) else bytes(os.curdir, 'ASCII')
        with os.scandir(target) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        name = entry.name
                        if isinstance(dirname, bytes) and isinstance(name, str):
                            name = os.fsencode(name)
                        yield name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    with contextlib.closing(_iterdir(dirname, dir_fd, dironly)) as it:
        return list(it)


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    for x in _listdir(dirname, dir_fd, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dir_fd, dironly, include_hidden):
                yield _join(x, y)


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        os.lstat(_real(pathname, dir_fd))
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        st = os.stat(_real(pathname, dir_fd))
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    """True if s holds a wildcard character (*, ? or [)."""
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Quote the wildcard characters of pathname (the drive is left alone)."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname


_dir_open_flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)
