# dir() of every built-in type and exception class, dunders included, compared with
# python3's. Names minipy does not have yet are listed explicitly below (and taken out
# of both sides), so the test shows exactly what is missing.
import types, sys
def _f(): pass
async def _co(): pass
def _g(): yield
class _C:
    def m(self): pass
try:
    raise ValueError
except ValueError as e:
    _tb = e.__traceback__
_coro = _co()
TYPES = {
 'int': int, 'float': float, 'complex': complex, 'str': str, 'bytes': bytes, 'bytearray': bytearray,
 'list': list, 'tuple': tuple, 'dict': dict, 'set': set, 'frozenset': frozenset, 'range': range,
 'slice': slice, 'memoryview': memoryview, 'bool': bool, 'object': object, 'type': type,
 'property': property, 'classmethod': classmethod, 'staticmethod': staticmethod, 'super': super,
 'enumerate': enumerate, 'zip': zip, 'map': map, 'filter': filter, 'reversed': reversed,
 'function': type(_f), 'method': type(_C().m), 'generator': type(_g()), 'coroutine': type(_coro),
 'code': type(_f.__code__), 'frame': type(sys._getframe()), 'traceback': type(_tb),
 'module': type(sys), 'NoneType': type(None), 'NotImplementedType': type(NotImplemented),
 'ellipsis': type(...), 'builtin_function_or_method': type(len),
}
_coro.close()
import builtins
for n in dir(builtins):
    v = getattr(builtins, n)
    if isinstance(v, type) and issubclass(v, BaseException):
        TYPES[n] = v

# Missing on every exception class:
EXC_MISSING = ['__setstate__']
MISSING = {
    'classmethod': ['__dict__'],
    'staticmethod': ['__dict__'],
    'zip': ['__setstate__'],
    'reversed': ['__setstate__'],
    'function': ['__builtins__', '__module__'],
    'generator': ['__del__'],
    'coroutine': ['__del__'],
    'code': ['_co_code_adaptive', '_varname_from_oparg', 'co_exceptiontable', 'co_linetable'],
    'module': ['__annotations__'],
    'builtin_function_or_method': ['__module__', '__text_signature__'],
    'AttributeError': ['name', 'obj'],
    'BlockingIOError': ['characters_written'],
    'BrokenPipeError': ['characters_written'],
    'ChildProcessError': ['characters_written'],
    'ConnectionAbortedError': ['characters_written'],
    'ConnectionError': ['characters_written'],
    'ConnectionRefusedError': ['characters_written'],
    'ConnectionResetError': ['characters_written'],
    'EnvironmentError': ['characters_written'],
    'FileExistsError': ['characters_written'],
    'FileNotFoundError': ['characters_written'],
    'IOError': ['characters_written'],
    'ImportError': ['msg', 'name', 'path'],
    'IndentationError': ['end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset', 'print_file_and_line', 'text'],
    'InterruptedError': ['characters_written'],
    'IsADirectoryError': ['characters_written'],
    'ModuleNotFoundError': ['msg', 'name', 'path'],
    'NameError': ['name'],
    'NotADirectoryError': ['characters_written'],
    'OSError': ['characters_written'],
    'PermissionError': ['characters_written'],
    'ProcessLookupError': ['characters_written'],
    'StopIteration': ['value'],
    'SyntaxError': ['end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset', 'print_file_and_line', 'text'],
    'SystemExit': ['code'],
    'TabError': ['end_lineno', 'end_offset', 'filename', 'lineno', 'msg', 'offset', 'print_file_and_line', 'text'],
    'TimeoutError': ['characters_written'],
    'UnboundLocalError': ['name'],
    'UnicodeDecodeError': ['encoding', 'end', 'object', 'reason', 'start'],
    'UnicodeEncodeError': ['encoding', 'end', 'object', 'reason', 'start'],
    'UnicodeTranslateError': ['encoding', 'end', 'object', 'reason', 'start'],
}
EXTRA = {
}
EXC_NAMES = {k for k, v in TYPES.items() if isinstance(v, type) and issubclass(v, BaseException)}
for name, t in TYPES.items():
    drop = set(MISSING.get(name, ())) | set(EXTRA.get(name, ()))
    if name in EXC_NAMES:
        drop |= set(EXC_MISSING)
    print(name, sorted(set(dir(t)) - drop))
