e = OSError(2, 'No such file or directory', 'foo')
print(type(e).__name__, e.errno, e.strerror, e.filename, e, e.args)
e = OSError(17, 'File exists', 'a', None, 'b'); print(type(e).__name__, e, e.filename2)
print(IOError is OSError, EnvironmentError is OSError)
print(repr(OSError('x')), OSError('x').errno, str(OSError(1, 'a')), repr(OSError(1,'a','f')))
class E(OSError): pass
e = E(2, 'nf'); print(type(e).__name__, e.errno)
print(type(OSError(13, 'x')).__name__, type(OSError(999, 'x')).__name__, type(OSError(2, 'x', 'f', None, 'g')).__name__)
e = FileNotFoundError('plain'); print(e, e.errno, e.args)
try:
    raise OSError(2, 'msg', 'file')
except FileNotFoundError as e: print('caught', e)
