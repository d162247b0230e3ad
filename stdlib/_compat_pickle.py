"""Name maps between Python 2 and Python 3 modules, for pickle protocols < 3.

Pickles written with fix_imports use the Python 2 names; loading them maps
back. Only the tables are kept here, built from compact lists.
"""

# Python 2 module -> Python 3 module.
IMPORT_MAPPING = {
    '__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue',
    'SocketServer': 'socketserver', 'ConfigParser': 'configparser',
    'repr': 'reprlib', 'tkFileDialog': 'tkinter.filedialog',
    'tkSimpleDialog': 'tkinter.simpledialog', 'tkColorChooser': 'tkinter.colorchooser',
    'tkCommonDialog': 'tkinter.commondialog', 'Dialog': 'tkinter.dialog',
    'Tkdnd': 'tkinter.dnd', 'tkFont': 'tkinter.font', 'tkMessageBox': 'tkinter.messagebox',
    'ScrolledText': 'tkinter.scrolledtext', 'Tkconstants': 'tkinter.constants',
    'Tix': 'tkinter.tix', 'ttk': 'tkinter.ttk', 'Tkinter': 'tkinter',
    'markupbase': '_markupbase', '_winreg': 'winreg', 'thread': '_thread',
    'dummy_thread': '_dummy_thread', 'dbhash': 'dbm.bsd', 'dumbdbm': 'dbm.dumb',
    'dbm': 'dbm.ndbm', 'gdbm': 'dbm.gnu', 'xmlrpclib': 'xmlrpc.client',
    'SimpleXMLRPCServer': 'xmlrpc.server', 'httplib': 'http.client',
    'htmlentitydefs': 'html.entities', 'HTMLParser': 'html.parser',
    'Cookie': 'http.cookies', 'cookielib': 'http.cookiejar',
    'BaseHTTPServer': 'http.server', 'test.test_support': 'test.support',
    'commands': 'subprocess', 'urlparse': 'urllib.parse',
    'robotparser': 'urllib.robotparser', 'urllib2': 'urllib.request',
    'anydbm': 'dbm', '_abcoll': 'collections.abc',
    'cPickle': 'pickle', '_elementtree': 'xml.etree.ElementTree',
    'FileDialog': 'tkinter.filedialog', 'SimpleDialog': 'tkinter.simpledialog',
    'DocXMLRPCServer': 'xmlrpc.server', 'SimpleHTTPServer': 'http.server',
    'CGIHTTPServer': 'http.server', 'UserDict': 'collections',
    'UserList': 'collections', 'UserString': 'collections', 'whichdb': 'dbm',
    'StringIO': 'io', 'cStringIO': 'io',
}

# Only the first group maps back (later Python 2 names share targets).
_REVERSIBLE = list(IMPORT_MAPPING)[:42]
REVERSE_IMPORT_MAPPING = {IMPORT_MAPPING[k]: k for k in _REVERSIBLE}
REVERSE_IMPORT_MAPPING.update({
    '_bz2': 'bz2', '_dbm': 'dbm', '_functools': 'functools',
    '_gdbm': 'gdbm', '_pickle': 'pickle',
})

# (Python 2 module, name) -> (Python 3 module, name).
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'): ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'): ('multiprocessing.context', 'Process'),
    ('multiprocessing.forking', 'Popen'): ('multiprocessing.popen_fork', 'Popen'),
    ('urllib', 'ContentTooShortError'): ('urllib.error', 'ContentTooShortError'),
    ('urllib', 'getproxies'): ('urllib.request', 'getproxies'),
    ('urllib', 'pathname2url'): ('urllib.request', 'pathname2url'),
    ('urllib', 'quote_plus'): ('urllib.parse', 'quote_plus'),
    ('urllib', 'quote'): ('urllib.parse', 'quote'),
    ('urllib', 'unquote_plus'): ('urllib.parse', 'unquote_plus'),
    ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
    ('urllib', 'url2pathname'): ('urllib.request', 'url2pathname'),
    ('urllib', 'urlcleanup'): ('urllib.request', 'urlcleanup'),
    ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
    ('urllib', 'urlopen'): ('urllib.request', 'urlopen'),
    ('urllib', 'urlretrieve'): ('urllib.request', 'urlretrieve'),
    ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
    ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
}

PYTHON2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError "
    "BytesWarning DeprecationWarning EOFError EnvironmentError Exception "
    "FloatingPointError FutureWarning GeneratorExit IOError ImportError "
    "ImportWarning IndentationError IndexError KeyError KeyboardInterrupt "
    "LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError "
    "RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError "
    "SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError "
    "UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning "
    "UserWarning ValueError Warning ZeroDivisionError"
).split()
for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)

REVERSE_NAME_MAPPING = {v: k for k, v in NAME_MAPPING.items()
                        if k[0] != 'urllib' and k[0] != 'urllib2' and k[0] != '_socket'
                        and not k[0].startswith(('multiprocessing', '_multiprocessing', 'whichdb'))}
REVERSE_NAME_MAPPING[('_functools', 'reduce')] = ('__builtin__', 'reduce')

PYTHON3_OSERROR_EXCEPTIONS = (
    "BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError FileExistsError "
    "FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError "
    "PermissionError ProcessLookupError TimeoutError"
).split()
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
del _name
