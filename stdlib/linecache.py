"""Cache lines of source files so tracebacks can show them.

getline(filename, lineno) returns one line ('' when it cannot be read);
the cache maps a filename to (size, mtime, lines, fullname), or to a
1-tuple holding a zero-argument function for lazily loaded sources.
"""

import functools
import sys
import os
import tokenize

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """One line of a file (1-based), '' when out of range or unreadable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of a file, read through the cache."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop entries whose file changed on disk (all of them, or one)."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            # Lazy entries and sources that never came from disk stay.
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _from_loader(filename, module_globals):
    """Lines a module's loader can give (get_source), or None."""
    if not lazycache(filename, module_globals):
        return None
    try:
        data = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if data is None:
        return None
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(data), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Read a file into the cache and return its lines ([] on failure)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        if os.path.isabs(filename):
            return []
        # A relative name: look along sys.path, as the import system did.
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        with tokenize.open(fullname) as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember a loader's get_source for filename; True if one is known."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__loader__' not in module_globals:
        return False
    loader = module_globals.get('__loader__')
    name = module_globals.get('__name__')
    if name is None:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None)
    get_source = getattr(loader, 'get_source', None)
    if name and get_source:
        cache[filename] = (functools.partial(get_source, name),)
        return True
    return False
