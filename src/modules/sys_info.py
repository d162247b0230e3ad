# The parts of sys written in Python: the named-tuple info records, the audit and
# async-generator hooks, and the small helpers. Run once at startup (sys_info.rs); every
# public name it leaves is copied into sys.


class _Info(tuple):
    # A read-only tuple with named fields, printed as CPython's struct sequences.
    _fields = ()
    n_unnamed_fields = 0

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return type(self)._qual + '(' + ', '.join(
            [n + '=' + repr(v) for n, v in zip(self._fields, self)]) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _info_type(name, qual, fields, doc):
    ns = {'_fields': fields, '_qual': qual, '__doc__': doc, '__module__': 'sys',
          'n_fields': len(fields), 'n_sequence_fields': len(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (_Info,), ns)


float_info = _info_type('float_info', 'sys.float_info', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
    'epsilon', 'radix', 'rounds'), 'sys.float_info\n\nA named tuple holding information about the float type.')(
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _info_type('int_info', 'sys.int_info', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
    'sys.int_info\n\nA named tuple that holds information about Python\'s\ninternal representation of integers.')(
    (30, 4, 4300, 640))
hash_info = _info_type('hash_info', 'sys.hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
    'hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.')(
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
version_info = _info_type('version_info', 'sys.version_info', (
    'major', 'minor', 'micro', 'releaselevel', 'serial'),
    'sys.version_info\n\nVersion information as a named tuple.')((3, 11, 0, 'final', 0))
thread_info = _info_type('thread_info', 'sys.thread_info', ('name', 'lock', 'version'),
    'sys.thread_info\n\nA named tuple holding information about the thread implementation.')(
    ('pthread', 'semaphore', _libc_version))

_audit_hooks = []
del _libc_version


def addaudithook(hook):
    """Adds a new audit hook callback."""
    # As CPython: existing hooks are asked first (event "sys.addaudithook").
    try:
        audit('sys.addaudithook')
    except RuntimeError:
        return None
    _audit_hooks.append(hook)


def audit(*args):
    """audit(event, *args)

Passes the event to any audit hooks that are attached."""
    if not args:
        raise TypeError("audit() missing 1 required positional argument: 'event'")
    event, rest = args[0], args[1:]
    if not _audit_hooks:
        return None   # as CPython: without hooks the event is not even checked
    if not isinstance(event, str):
        raise TypeError(f"expected str for argument 'event', not {type(event).__name__}")
    for hook in list(_audit_hooks):
        hook(event, rest)


def call_tracing(func, args, /):
    """Call func(*args), while tracing is enabled.

The tracing state is saved, and restored afterwards.  This is intended
to be called from a debugger from a checkpoint, to recursively debug
some other code."""
    if not isinstance(args, tuple):
        raise TypeError(f"call_tracing() argument 2 must be tuple, not {type(args).__name__}")
    return func(*args)


def breakpointhook(*args, **kws):
    """breakpointhook(*args, **kws)

This hook function is called by built-in breakpoint()."""
    import os
    hookname = os.environ.get('PYTHONBREAKPOINT')
    if hookname is None or not hookname:
        hookname = 'pdb.set_trace'
    elif hookname == '0':
        return None
    modname, _, funcname = hookname.rpartition('.')
    if not modname:
        modname = 'builtins'
    try:
        import importlib
        hook = getattr(importlib.import_module(modname), funcname)
    except (ImportError, AttributeError):
        import warnings
        warnings.warn(f'Ignoring unimportable $PYTHONBREAKPOINT: "{hookname}"', RuntimeWarning)
        return None
    return hook(*args, **kws)


def unraisablehook(unraisable, /):
    """Handle an unraisable exception.

The unraisable argument has the following attributes:

* exc_type: Exception type.
* exc_value: Exception value, can be None.
* exc_traceback: Exception traceback, can be None.
* err_msg: Error message, can be None.
* object: Object causing the exception, can be None."""
    if type(unraisable).__name__ != 'UnraisableHookArgs':
        raise TypeError("sys.unraisablehook argument type must be UnraisableHookArgs")
    import sys, traceback
    err = sys.stderr
    obj = getattr(unraisable, 'object', None)
    msg = getattr(unraisable, 'err_msg', None)
    if obj is not None:
        err.write(f"{msg or 'Exception ignored in'}: {obj!r}\n")
    elif msg is not None:
        err.write(f"{msg}\n")
    exc_type = getattr(unraisable, 'exc_type', None)
    if exc_type is None:
        return
    value = getattr(unraisable, 'exc_value', None)
    tb = getattr(unraisable, 'exc_traceback', None)
    err.write(''.join(traceback.format_exception(exc_type, value, tb)))
    err.flush()


def is_finalizing():
    """Return True if Python is exiting."""
    return False


def getdefaultencoding():
    """Return the current default encoding used by the Unicode implementation."""
    return 'utf-8'


def getfilesystemencoding():
    """Return the encoding used to convert Unicode filenames to OS filenames."""
    return 'utf-8'


def getfilesystemencodeerrors():
    """Return the error mode used Unicode to OS filename conversion."""
    return 'surrogateescape'


_dlopenflags = [2]


def getdlopenflags():
    """Return the current value of the flags that are used for dlopen calls.

The flag constants are defined in the os module."""
    return _dlopenflags[0]


def setdlopenflags(flags, /):
    """Set the flags used by the interpreter for dlopen calls.

This is used, for example, when the interpreter loads extension
modules. Among other things, this will enable a lazy resolving of
symbols when importing a module, if called as sys.setdlopenflags(0).
To share symbols across extension modules, call as
sys.setdlopenflags(os.RTLD_GLOBAL).  Symbolic names for the flag
modules can be found in the os module (RTLD_xxx constants, e.g.
os.RTLD_LAZY)."""
    _dlopenflags[0] = flags.__index__()


def getallocatedblocks():
    """Return the number of memory blocks currently allocated."""
    import gc
    return len(gc.get_objects())


abiflags = ''
api_version = 1013
prefix = base_prefix = exec_prefix = base_exec_prefix = '/usr/local'
platlibdir = 'lib'
pycache_prefix = None
float_repr_style = 'short'
maxunicode = 1114111
hexversion = 0x030b00f0
meta_path = []
path_hooks = []
path_importer_cache = {}
copyright = ('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
             'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
             'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n'
             'All Rights Reserved.\n\n'
             'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\n'
             'All Rights Reserved.')
stdlib_module_names = frozenset({
    '__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2',
    '_bootsubprocess', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022',
    '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc',
    '_compat_pickle', '_compression', '_contextvars', '_crypt', '_csv', '_ctypes', '_curses',
    '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree', '_frozen_importlib',
    '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib', '_heapq', '_imp', '_io',
    '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5', '_msi', '_multibytecodec',
    '_multiprocessing', '_opcode', '_operator', '_osx_support', '_overlapped', '_pickle',
    '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal', '_pyio', '_queue', '_random',
    '_scproxy', '_sha1', '_sha256', '_sha3', '_sha512', '_signal', '_sitebuiltins', '_socket',
    '_sqlite3', '_sre', '_ssl', '_stat', '_statistics', '_string', '_strptime', '_struct',
    '_symtable', '_thread', '_threading_local', '_tkinter', '_tokenize', '_tracemalloc',
    '_typing', '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi', '_zoneinfo', 'abc',
    'aifc', 'antigravity', 'argparse', 'array', 'ast', 'asynchat', 'asyncio', 'asyncore',
    'atexit', 'audioop', 'base64', 'bdb', 'binascii', 'bisect', 'builtins', 'bz2', 'cProfile',
    'calendar', 'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs', 'codeop',
    'collections', 'colorsys', 'compileall', 'concurrent', 'configparser', 'contextlib',
    'contextvars', 'copy', 'copyreg', 'crypt', 'csv', 'ctypes', 'curses', 'dataclasses',
    'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'distutils', 'doctest', 'email',
    'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp',
    'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath', 'getopt',
    'getpass', 'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac',
    'html', 'http', 'idlelib', 'imaplib', 'imghdr', 'imp', 'importlib', 'inspect', 'io',
    'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale', 'logging',
    'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap', 'modulefinder',
    'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib', 'nt', 'ntpath',
    'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os', 'ossaudiodev', 'pathlib',
    'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil', 'platform', 'plistlib', 'poplib',
    'posix', 'posixpath', 'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr',
    'pydoc', 'pydoc_data', 'pyexpat', 'queue', 'quopri', 'random', 're', 'readline',
    'reprlib', 'resource', 'rlcompleter', 'runpy', 'sched', 'secrets', 'select', 'selectors',
    'shelve', 'shlex', 'shutil', 'signal', 'site', 'smtpd', 'smtplib', 'sndhdr', 'socket',
    'socketserver', 'spwd', 'sqlite3', 'sre_compile', 'sre_constants', 'sre_parse', 'ssl',
    'stat', 'statistics', 'string', 'stringprep', 'struct', 'subprocess', 'sunau', 'symtable',
    'sys', 'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios',
    'textwrap', 'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize',
    'tomllib', 'trace', 'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types',
    'typing', 'unicodedata', 'unittest', 'urllib', 'uu', 'uuid', 'venv', 'warnings', 'wave',
    'weakref', 'webbrowser', 'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmlrpc',
    'zipapp', 'zipfile', 'zipimport', 'zlib', 'zoneinfo',
})
