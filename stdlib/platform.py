"""This module tries to retrieve as much platform-identifying data as
possible. It makes this information available via function APIs.

If called from the command line, it prints the platform
information concatenated as single string to stdout. The output
format is usable as part of a filename."""

# minipy: CPython's platform interface for Linux, answered from os.uname(), the C
# library's version (os.confstr) and /etc/os-release. The Windows, macOS and Java
# queries return their defaults, as they do in CPython on Linux.

import collections
import functools
import itertools
import os
import re
import sys

__version__ = '1.0.8'
__copyright__ = """
    Copyright (c) 1999-2000, Marc-Andre Lemburg; mailto:mal@lemburg.com
    Copyright (c) 2000-2010, eGenix.com Software GmbH; mailto:info@egenix.com
"""


def python_implementation():
    """Returns a string identifying the Python implementation."""
    # minipy implements CPython 3.11's behaviour; programs that branch on this expect it.
    return 'CPython'


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(str(part) for part in sys.version_info[:3])


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'"""
    return '.'.join(python_version_tuple())


def python_compiler():
    """Returns a string identifying the compiler used for compiling Python."""
    return 'rustc'


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build number and date as strings."""
    return ('main', '')


def python_branch():
    """Returns a string identifying the Python implementation branch."""
    return ''


def python_revision():
    """Returns a string identifying the Python implementation revision."""
    return ''


class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """A uname_result that's largely compatible with a
    simple namedtuple except that 'processor' is
    resolved late and cached to avoid calling "uname"
    except when needed."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @functools.cached_property
    def processor(self):
        # CPython asks `uname -p`, which answers "unknown" on Linux: shown as blank.
        return ''

    def __iter__(self):
        return itertools.chain(tuple.__iter__(self), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def __repr__(self):
        names = ('system', 'node', 'release', 'version', 'machine')
        return 'uname_result(' + ', '.join(
            f'{n}={v!r}' for n, v in zip(names, tuple.__iter__(self))) + ')'


_uname_cache = None


def uname():
    """Fairly portable uname interface. Returns a tuple
    of strings (system, node, release, version, machine, processor)
    identifying the underlying platform."""
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result._make((u.sysname, u.nodename, u.release, u.version, u.machine))
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (which may not be fully qualified)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6'."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable (defaults to the Python interpreter
    binary) for various architecture information."""
    if not bits:
        bits = '%dbit' % (sys.maxsize.bit_length() + 1)
    return bits, linkage or 'ELF'


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable
    (which defaults to the Python interpreter) is linked against."""
    if executable is None:
        try:
            parts = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
        except (AttributeError, ValueError, OSError):
            parts = []
        if len(parts) == 2:
            return tuple(parts)
    return lib, version


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common
    marketing names used for some systems."""
    return system, release, version


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Version interface for Jython."""
    return release, vendor, vminfo, osinfo


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """Get macOS version information and return it as tuple (release,
    versioninfo, machine)."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def _join_platform(*parts):
    # Non-empty parts joined by '-', with the separators CPython tidies away.
    text = '-'.join(p.strip() for p in filter(len, parts))
    for a, b in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'),
                 ('"', '-'), ('(', '-'), (')', '-'), ('unknown', '')):
        text = text.replace(a, b)
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=0, terse=0):
    """Returns a single string identifying the underlying platform
    with as much useful information as possible (but no more :)."""
    u = uname()
    lib, ver = libc_ver()
    return _join_platform(u.system, u.release, u.machine, u.processor, 'with', lib + ver)


_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None
_os_release_line = re.compile(
    "^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
_os_release_unescape = re.compile(r"\\([\\\$\"\'`])")


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        m = _os_release_line.match(line)
        if m is not None:
            info[m.group('name')] = _os_release_unescape.sub(r'\1', m.group('value'))
    return info


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release"""
    global _os_release_cache
    if _os_release_cache is None:
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError:
                pass
        else:
            import errno
            raise OSError(errno.ENOENT,
                          f"Unable to read files {', '.join(_os_release_candidates)}")
    return _os_release_cache.copy()
