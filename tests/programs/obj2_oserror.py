e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(5, 'details'); print(str(e), repr(e), e.errno)
print(OSError('a').errno, str(OSError()), repr(OSError(1,2,3,4,5)), str(OSError(1,2,3,4,5)))
class MyOSError(OSError): pass
print(MyOSError().errno, MyOSError(13, 'x').strerror)
print(type(OSError(13,'x')).__name__, type(OSError(17,'x')).__name__, type(OSError(21,'x')).__name__)
print(FileNotFoundError(2,'x','f').filename, str(FileNotFoundError(2,'x','f')))
e = OSError(2, 'x', 'a', None, 'b'); print(str(e), e.filename2)
