"""Windows path manipulation (importable everywhere, as in CPython).

On a system without the nt module the functions that would ask Windows
(abspath, realpath, ismount's volume check) fall back to pure string work.
"""

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'

import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "samefile", "sameopenfile", "samestat", "commonpath"]


def _get_bothseps(path):
    return b'\\/' if isinstance(path, bytes) else '\\/'


def _parts(path):
    """The separator, alternative separator and colon in path's type."""
    if isinstance(path, bytes):
        return b'\\', b'/', b':'
    return '\\', '/', ':'


def normcase(s):
    """Lower case, forward slashes made backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return s.replace(b'/', b'\\').lower()
    return s.replace('/', '\\').lower()


def isabs(s):
    """True for UNC/device paths, paths with drive and root, and (a legacy) rooted paths."""
    s = os.fspath(s)
    sep, altsep, colon = _parts(s)
    s = s[:3].replace(altsep, sep)
    return s.startswith(sep) or s.startswith(colon + sep, 1)


def join(path, *paths):
    """Join path components; a rooted or other-drive component restarts the result."""
    path = os.fspath(path)
    sep, altsep, colon = _parts(path)
    seps = sep + altsep
    try:
        if not paths:
            path[:0] + sep
        result_drive, result_path = splitdrive(path)
        for p in map(os.fspath, paths):
            p_drive, p_path = splitdrive(p)
            if p_path and p_path[0] in seps:
                if p_drive or not result_drive:
                    result_drive = p_drive
                result_path = p_path
                continue
            if p_drive and p_drive != result_drive:
                if p_drive.lower() != result_drive.lower():
                    # Another drive: the earlier parts no longer matter.
                    result_drive = p_drive
                    result_path = p_path
                    continue
                result_drive = p_drive
            if result_path and result_path[-1] not in seps:
                result_path = result_path + sep
            result_path = result_path + p_path
        if (result_path and result_path[0] not in seps and
                result_drive and result_drive[-1:] != colon):
            # A UNC drive needs a separator before a relative path.
            return result_drive + sep + result_path
        return result_drive + result_path
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


def splitdrive(p):
    """(drive or UNC share, rest): 'c:' or '\\\\server\\share'; drive + rest == p."""
    p = os.fspath(p)
    if len(p) >= 2:
        sep, altsep, colon = _parts(p)
        unc_prefix = b'\\\\?\\UNC\\' if isinstance(p, bytes) else '\\\\?\\UNC\\'
        normp = p.replace(altsep, sep)
        if normp[0:2] == sep * 2:
            start = 8 if normp[:8].upper() == unc_prefix else 2
            index = normp.find(sep, start)
            if index == -1:
                return p, p[:0]
            index2 = normp.find(sep, index + 1)
            if index2 == -1:
                return p, p[:0]
            return p[:index2], p[index2:]
        if normp[1:2] == colon:
            return p[:2], p[2:]
    return p[:0], p


def split(p):
    """(head, tail): tail is everything after the last slash."""
    p = os.fspath(p)
    seps = _get_bothseps(p)
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in seps:
        i -= 1
    head, tail = p[:i], p[i:]
    head = head.rstrip(seps) or head
    return d + head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'\\', b'/', b'.')
    return genericpath._splitext(p, '\\', '/', '.')


splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    """The final component of a pathname."""
    return split(p)[1]


def dirname(p):
    """The directory component of a pathname."""
    return split(p)[0]


def islink(path):
    """True if path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """True if path exists (a broken symbolic link counts)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """True for a drive root or UNC share root."""
    path = os.fspath(path)
    seps = _get_bothseps(path)
    path = abspath(path)
    root, rest = splitdrive(path)
    if root and root[0] in seps:
        return (not rest) or (rest in seps)
    if rest and rest in seps:
        return True
    return False


def expanduser(path):
    """Expand ~ and ~user from USERPROFILE or HOMEDRIVE/HOMEPATH."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    i, n = 1, len(path)
    while i < n and path[i] not in _get_bothseps(path):
        i += 1
    if 'USERPROFILE' in os.environ:
        userhome = os.environ['USERPROFILE']
    elif 'HOMEPATH' not in os.environ:
        return path
    else:
        drive = os.environ.get('HOMEDRIVE', '')
        userhome = join(drive, os.environ['HOMEPATH'])
    if i != 1:
        target_user = path[1:i]
        if isinstance(target_user, bytes):
            target_user = os.fsdecode(target_user)
        current_user = os.environ.get('USERNAME')
        if target_user != current_user:
            # Guess a sibling profile directory; give up if home is unusual.
            if current_user != basename(userhome):
                return path
            userhome = join(dirname(userhome), target_user)
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    return userhome + path[i:]


def expandvars(path):
    """Expand $var, ${var} and %var%; unknown names and '...'-quoted text stay."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path and b'%' not in path:
            return path
        import string
        varchars = bytes(string.ascii_letters + string.digits + '_-', 'ascii')
        quote, percent, brace, rbrace, dollar = b'\'', b'%', b'{', b'}', b'$'
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path and '%' not in path:
            return path
        import string
        varchars = string.ascii_letters + string.digits + '_-'
        quote, percent, brace, rbrace, dollar = '\'', '%', '{', '}', '$'
        environ = os.environ

    def lookup(name):
        if environ is None:
            return os.fsencode(os.environ[os.fsdecode(name)])
        return environ[name]

    res = path[:0]
    index = 0
    pathlen = len(path)
    while index < pathlen:
        c = path[index:index + 1]
        if c == quote:
            # Text in single quotes is copied untouched.
            path = path[index + 1:]
            pathlen = len(path)
            try:
                index = path.index(c)
                res += c + path[:index + 1]
            except ValueError:
                res += c + path
                index = pathlen - 1
        elif c == percent:
            if path[index + 1:index + 2] == percent:
                res += c
                index += 1
            else:
                path = path[index + 1:]
                pathlen = len(path)
                try:
                    index = path.index(percent)
                except ValueError:
                    res += percent + path
                    index = pathlen - 1
                else:
                    var = path[:index]
                    try:
                        value = lookup(var)
                    except KeyError:
                        value = percent + var + percent
                    res += value
        elif c == dollar:
            if path[index + 1:index + 2] == dollar:
                res += c
                index += 1
            elif path[index + 1:index + 2] == brace:
                path = path[index + 2:]
                pathlen = len(path)
                try:
                    index = path.index(rbrace)
                except ValueError:
                    res += dollar + brace + path
                    index = pathlen - 1
                else:
                    var = path[:index]
                    try:
                        value = lookup(var)
                    except KeyError:
                        value = dollar + brace + var + rbrace
                    res += value
            else:
                var = path[:0]
                index += 1
                c = path[index:index + 1]
                while c and c in varchars:
                    var += c
                    index += 1
                    c = path[index:index + 1]
                try:
                    value = lookup(var)
                except KeyError:
                    value = dollar + var
                res += value
                if c:
                    index -= 1
        else:
            res += c
        index += 1
    return res


def normpath(path):
    """Collapse redundant separators and . / .. parts after the drive."""
    path = os.fspath(path)
    sep, altsep, colon = _parts(path)
    if isinstance(path, bytes):
        curdir, pardir = b'.', b'..'
    else:
        curdir, pardir = '.', '..'
    path = path.replace(altsep, sep)
    prefix, path = splitdrive(path)
    if path.startswith(sep):
        prefix += sep
        path = path.lstrip(sep)
    comps = path.split(sep)
    i = 0
    while i < len(comps):
        if not comps[i] or comps[i] == curdir:
            del comps[i]
        elif comps[i] == pardir:
            if i > 0 and comps[i - 1] != pardir:
                del comps[i - 1:i + 1]
                i -= 1
            elif i == 0 and prefix.endswith(sep):
                del comps[i]
            else:
                i += 1
        else:
            i += 1
    if not prefix and not comps:
        comps.append(curdir)
    return prefix + sep.join(comps)


def _abspath_fallback(path):
    """abspath without Windows: join with the current directory and normalize."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


abspath = _abspath_fallback
# Without GetFinalPathNameByHandle there is nothing to resolve.
realpath = abspath

supports_unicode_filenames = (hasattr(sys, "getwindowsversion") and
                              sys.getwindowsversion()[3] >= 2)


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, curdir, pardir = b'\\', b'.', b'..'
    else:
        sep, curdir, pardir = '\\', '.', '..'
    if start is None:
        start = curdir
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        start_abs = abspath(normpath(start))
        path_abs = abspath(normpath(path))
        start_drive, start_rest = splitdrive(start_abs)
        path_drive, path_rest = splitdrive(path_abs)
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError("path is on mount %r, start on mount %r" % (path_drive, start_drive))
        start_list = [x for x in start_rest.split(sep) if x]
        path_list = [x for x in path_rest.split(sep) if x]
        i = 0
        for e1, e2 in zip(start_list, path_list):
            if normcase(e1) != normcase(e2):
                break
            i += 1
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths (same drive, all absolute or all relative)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, altsep, curdir = b'\\', b'/', b'.'
    else:
        sep, altsep, curdir = '\\', '/', '.'
    try:
        drivesplits = [splitdrive(p.replace(altsep, sep).lower()) for p in paths]
        split_paths = [p.split(sep) for d, p in drivesplits]
        try:
            isabs, = set(p[:1] == sep for d, p in drivesplits)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        if len(set(d for d, p in drivesplits)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, path = splitdrive(paths[0].replace(altsep, sep))
        common = [c for c in path.split(sep) if c and c != curdir]
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = common[:i]
                break
        else:
            common = common[:len(s1)]
        prefix = drive + sep if isabs else drive
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise


def _isdir(path):
    return genericpath.isdir(path)
