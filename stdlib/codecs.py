"""Codec registry, base classes and stream wrappers.

The coders themselves are the interpreter's native ones (utf-8, latin-1,
ascii through str.encode / bytes.decode); utf-16 and utf-32 are written
here on top of int.to_bytes so codecs.encode/decode can offer them.
"""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """The coders of one encoding; also a 4-tuple (encode, decode, reader, writer)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            self.name, id(self))


class Codec:
    """Stateless encode/decode pair; subclasses implement both."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; keeps state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps unencodable tail input in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces; keeps state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that holds an incomplete tail in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded text to a byte stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes text from a byte stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                newdata = self.stream.read()
            else:
                newdata = self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer[0]
            del self.linebuffer[0]
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A reader and a writer over one stream."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Reads/writes data in one encoding, presenting it in another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            data = self.reader.readline()
        else:
            data = self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


# ---- the registry ----------------------------------------------------------

_search_functions = []
_cache = {}


def _normalize(encoding):
    # CPython's rule: lower case, spaces and hyphens become underscores.
    return encoding.lower().replace('-', '_').replace(' ', '_')


def register(search_function):
    """Add a function name -> CodecInfo (or None) to the search list."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function and forget every cached lookup."""
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError if it is unknown."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    else:
        info = _builtin_codec(key)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file in binary mode, wrapped by the encoding's stream coders."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap a byte stream so data is recoded between two encodings."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ---- error handlers --------------------------------------------------------

def _check_exc(exc, kinds):
    if not isinstance(exc, kinds):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _check_exc(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    return ('', exc.end)


def replace_errors(exc):
    _check_exc(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    return ('\ufffd' * (exc.end - exc.start), exc.end)


def _backslash(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    _check_exc(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    part = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in part), exc.end)
    return (''.join(_backslash(ord(c)) for c in part), exc.end)


def xmlcharrefreplace_errors(exc):
    _check_exc(exc, UnicodeEncodeError)
    part = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in part), exc.end)


def namereplace_errors(exc):
    _check_exc(exc, UnicodeEncodeError)
    try:
        import unicodedata
    except ImportError:
        unicodedata = None
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None) if unicodedata is not None else None
        out.append('\\N{%s}' % name if name else _backslash(ord(c)))
    return (''.join(out), exc.end)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, handler):
    """Register an error handler under a name."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    """The error handler registered under name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ---- the coder functions (the _codecs layer) -------------------------------

def _text(obj, fname):
    if not isinstance(obj, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, type(obj).__name__))
    return obj


def _data(obj):
    if isinstance(obj, str):
        return obj.encode('utf-8')
    return bytes(obj)


def utf_8_encode(str, errors=None):
    _text(str, 'utf_8_encode')
    return (str.encode('utf-8', errors or 'strict'), len(str))


def _utf8_complete(data):
    """Length of data without an incomplete multi-byte sequence at its end."""
    n = len(data)
    back = 0
    while back < 3 and back < n:
        b = data[n - 1 - back]
        if b & 0xC0 != 0x80:
            break
        back += 1
    if back < n:
        lead = data[n - 1 - back]
        need = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else \
            4 if 0xF0 <= lead <= 0xF4 else 0
        if need and back + 1 < need:
            return n - back - 1
    return n


def utf_8_decode(data, errors=None, final=False):
    data = _data(data)
    end = len(data) if final else _utf8_complete(data)
    return (data[:end].decode('utf-8', errors or 'strict'), end)


def latin_1_encode(str, errors=None):
    _text(str, 'latin_1_encode')
    return (str.encode('latin-1', errors or 'strict'), len(str))


def latin_1_decode(data, errors=None):
    data = _data(data)
    return (data.decode('latin-1', errors or 'strict'), len(data))


def ascii_encode(str, errors=None):
    _text(str, 'ascii_encode')
    return (str.encode('ascii', errors or 'strict'), len(str))


def ascii_decode(data, errors=None):
    data = _data(data)
    return (data.decode('ascii', errors or 'strict'), len(data))


def _utf16_units(text, order, errors, width):
    out = bytearray()
    for pos, ch in enumerate(text):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            if errors == 'strict' or errors is None:
                raise UnicodeEncodeError('utf-%d-%s' % (width * 8, 'le' if order == 'little' else 'be'),
                                         text, pos, pos + 1, 'surrogates not allowed')
            if errors == 'ignore':
                continue
            code = ord('?') if errors == 'replace' else code
        if width == 2 and code > 0xFFFF:
            code -= 0x10000
            out += (0xD800 | (code >> 10)).to_bytes(2, order)
            out += (0xDC00 | (code & 0x3FF)).to_bytes(2, order)
        else:
            out += code.to_bytes(width, order)
    return bytes(out)


def _utf16_decode_units(data, order, errors, final, width, name):
    usable = len(data) - len(data) % width
    chars = []
    pos = 0
    while pos < usable:
        code = int.from_bytes(data[pos:pos + width], order)
        step = width
        if width == 2 and 0xD800 <= code <= 0xDBFF:
            if pos + 4 > usable:
                if not final:
                    break
                code = -1
            else:
                low = int.from_bytes(data[pos + 2:pos + 4], order)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    step = 4
                else:
                    code = -1
        elif width == 2 and 0xDC00 <= code <= 0xDFFF:
            code = -1
        elif width == 4 and (code > 0x10FFFF or 0xD800 <= code <= 0xDFFF):
            code = -1
        if code < 0:
            if errors == 'ignore':
                pos += width
                continue
            if errors == 'replace':
                chars.append('\ufffd')
                pos += width
                continue
            reason = 'illegal encoding' if width == 2 else 'code point not in range(0x110000)'
            raise UnicodeDecodeError(name, bytes(data), pos, pos + width, reason)
        chars.append(chr(code))
        pos += step
    if final and pos < len(data) and pos >= usable:
        if errors not in ('ignore', 'replace'):
            raise UnicodeDecodeError(name, bytes(data), pos, len(data), 'truncated data')
        if errors == 'replace':
            chars.append('\ufffd')
        pos = len(data)
    return (''.join(chars), pos)


def utf_16_le_encode(str, errors=None):
    return (_utf16_units(_text(str, 'utf_16_le_encode'), 'little', errors, 2), len(str))


def utf_16_be_encode(str, errors=None):
    return (_utf16_units(_text(str, 'utf_16_be_encode'), 'big', errors, 2), len(str))


def utf_16_encode(str, errors=None, byteorder=0):
    _text(str, 'utf_16_encode')
    if byteorder < 0:
        return utf_16_le_encode(str, errors)
    if byteorder > 0:
        return utf_16_be_encode(str, errors)
    return (BOM_UTF16 + _utf16_units(str, sys.byteorder, errors, 2), len(str))


def utf_16_le_decode(data, errors=None, final=False):
    return _utf16_decode_units(_data(data), 'little', errors, final, 2, 'utf-16-le')


def utf_16_be_decode(data, errors=None, final=False):
    return _utf16_decode_units(_data(data), 'big', errors, final, 2, 'utf-16-be')


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _data(data)
    skip = 0
    if byteorder == 0 and len(data) >= 2:
        if data[:2] == BOM_UTF16_LE:
            byteorder, skip = -1, 2
        elif data[:2] == BOM_UTF16_BE:
            byteorder, skip = 1, 2
    order = 'big' if byteorder > 0 else 'little' if byteorder < 0 else sys.byteorder
    text, used = _utf16_decode_units(data[skip:], order, errors, final, 2, 'utf-16')
    return (text, used + skip, byteorder)


def utf_16_decode(data, errors=None, final=False):
    text, used, _order = utf_16_ex_decode(data, errors, 0, final)
    return (text, used)


def utf_32_le_encode(str, errors=None):
    return (_utf16_units(_text(str, 'utf_32_le_encode'), 'little', errors, 4), len(str))


def utf_32_be_encode(str, errors=None):
    return (_utf16_units(_text(str, 'utf_32_be_encode'), 'big', errors, 4), len(str))


def utf_32_encode(str, errors=None, byteorder=0):
    _text(str, 'utf_32_encode')
    if byteorder < 0:
        return utf_32_le_encode(str, errors)
    if byteorder > 0:
        return utf_32_be_encode(str, errors)
    return (BOM_UTF32 + _utf16_units(str, sys.byteorder, errors, 4), len(str))


def utf_32_le_decode(data, errors=None, final=False):
    return _utf16_decode_units(_data(data), 'little', errors, final, 4, 'utf-32-le')


def utf_32_be_decode(data, errors=None, final=False):
    return _utf16_decode_units(_data(data), 'big', errors, final, 4, 'utf-32-be')


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    data = _data(data)
    skip = 0
    if byteorder == 0 and len(data) >= 4:
        if data[:4] == BOM_UTF32_LE:
            byteorder, skip = -1, 4
        elif data[:4] == BOM_UTF32_BE:
            byteorder, skip = 1, 4
    order = 'big' if byteorder > 0 else 'little' if byteorder < 0 else sys.byteorder
    text, used = _utf16_decode_units(data[skip:], order, errors, final, 4, 'utf-32')
    return (text, used + skip, byteorder)


def utf_32_decode(data, errors=None, final=False):
    text, used, _order = utf_32_ex_decode(data, errors, 0, final)
    return (text, used)


def utf_7_encode(str, errors=None):
    # Only the directly encodable subset; other characters raise.
    _text(str, 'utf_7_encode')
    out = []
    for pos, ch in enumerate(str):
        if ch == '+':
            out.append('+-')
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise UnicodeEncodeError('utf-7', str, pos, pos + 1, 'not supported by minipy')
    return (''.join(out).encode('ascii'), len(str))


def utf_7_decode(data, errors=None, final=False):
    data = _data(data)
    text = data.decode('ascii', errors or 'strict').replace('+-', '+')
    return (text, len(data))


_ESCAPES = {'\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def unicode_escape_encode(str, errors=None):
    _text(str, 'unicode_escape_encode')
    out = []
    for ch in str:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif 32 <= code < 127:
            out.append(ch)
        else:
            out.append(_backslash(code))
    return (''.join(out).encode('ascii'), len(str))


def raw_unicode_escape_encode(str, errors=None):
    _text(str, 'raw_unicode_escape_encode')
    out = []
    for ch in str:
        code = ord(ch)
        out.append(ch if code < 0x100 else _backslash(code))
    return (''.join(out).encode('latin-1'), len(str))


def _unescape(text, raw):
    out = []
    i = 0
    n = len(text)
    simple = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"',
              'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v', '\n': ''}
    while i < n:
        ch = text[i]
        if ch != '\\' or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if not raw and nxt in simple:
            out.append(simple[nxt])
            i += 2
        elif nxt in 'uU' or (not raw and nxt == 'x'):
            size = {'x': 2, 'u': 4, 'U': 8}[nxt]
            digits = text[i + 2:i + 2 + size]
            if len(digits) != size or any(c not in '0123456789abcdefABCDEF' for c in digits):
                raise UnicodeDecodeError('unicodeescape', text.encode('latin-1'), i, i + 2,
                                         'truncated \\%sXXXX escape' % nxt)
            out.append(chr(int(digits, 16)))
            i += 2 + size
        elif not raw and nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        else:
            out.append('\\')
            i += 1
    return ''.join(out)


def unicode_escape_decode(data, errors=None, final=True):
    data = _data(data)
    return (_unescape(data.decode('latin-1'), False), len(data))


def raw_unicode_escape_decode(data, errors=None, final=True):
    data = _data(data)
    return (_unescape(data.decode('latin-1'), True), len(data))


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % type(data).__name__)
    text = repr(data)[2:-1]
    return (text.encode('latin-1'), len(data))


def escape_decode(data, errors=None):
    data = _data(data)
    text = _unescape(data.decode('latin-1'), False)
    return (text.encode('latin-1'), len(data))


def readbuffer_encode(data, errors=None):
    data = _data(data)
    return (data, len(data))


def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table)}


def charmap_encode(str, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(str, errors)
    out = bytearray()
    for pos, ch in enumerate(str):
        code = mapping.get(ord(ch))
        if code is None:
            if errors == 'ignore':
                continue
            if errors == 'replace':
                code = mapping.get(ord('?'), ord('?'))
            else:
                raise UnicodeEncodeError('charmap', str, pos, pos + 1,
                                         'character maps to <undefined>')
        out += bytes([code]) if isinstance(code, int) else code
    return (bytes(out), len(str))


def charmap_decode(data, errors=None, mapping=None):
    data = _data(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    for pos, b in enumerate(data):
        try:
            ch = mapping[b]
        except (LookupError, TypeError):
            ch = None
        if isinstance(ch, int):
            ch = chr(ch)
        if ch is None or ch == '\ufffe':
            if errors == 'ignore':
                continue
            if errors == 'replace':
                ch = '\ufffd'
            else:
                raise UnicodeDecodeError('charmap', data, pos, pos + 1,
                                         'character maps to <undefined>')
        out.append(ch)
    return (''.join(out), len(data))


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# ---- the built-in codecs ---------------------------------------------------

def _make_codec(name, enc, dec, stateful_decode=True):
    """CodecInfo with incremental and stream classes built from enc/dec."""

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class _IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            if stateful_decode:
                return dec(input, errors, final)
            return dec(input, errors)

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            if stateful_decode:
                return dec(input, errors, False)
            return dec(input, errors)

    def _decode(input, errors='strict'):
        if stateful_decode:
            return dec(input, errors, True)
        return dec(input, errors)

    return CodecInfo(enc, _decode, _Reader, _Writer, _IncEncoder, _IncDecoder, name=name)


def _utf_8_sig_encode(str, errors=None):
    return (BOM_UTF8 + utf_8_encode(str, errors)[0], len(str))


def _utf_8_sig_decode(data, errors=None, final=False):
    data = _data(data)
    skip = 0
    if data[:3] == BOM_UTF8:
        skip = 3
    elif not final and BOM_UTF8.startswith(data):
        return ('', 0)
    text, used = utf_8_decode(data[skip:], errors, final)
    return (text, used + skip)


_BUILTIN = {
    'utf_8': ('utf-8', utf_8_encode, utf_8_decode, True),
    'utf_8_sig': ('utf-8-sig', _utf_8_sig_encode, _utf_8_sig_decode, True),
    'latin_1': ('iso8859-1', latin_1_encode, latin_1_decode, False),
    'ascii': ('ascii', ascii_encode, ascii_decode, False),
    'utf_16': ('utf-16', utf_16_encode, utf_16_decode, True),
    'utf_16_le': ('utf-16-le', utf_16_le_encode, utf_16_le_decode, True),
    'utf_16_be': ('utf-16-be', utf_16_be_encode, utf_16_be_decode, True),
    'utf_32': ('utf-32', utf_32_encode, utf_32_decode, True),
    'utf_32_le': ('utf-32-le', utf_32_le_encode, utf_32_le_decode, True),
    'utf_32_be': ('utf-32-be', utf_32_be_encode, utf_32_be_decode, True),
    'unicode_escape': ('unicode-escape', unicode_escape_encode, unicode_escape_decode, True),
    'raw_unicode_escape': ('raw-unicode-escape', raw_unicode_escape_encode,
                           raw_unicode_escape_decode, True),
}

_ALIASES = {
    'utf8': 'utf_8', 'u8': 'utf_8', 'utf': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'cp65001': 'utf_8', 'utf_8_sig': 'utf_8_sig',
    'latin1': 'latin_1', 'latin': 'latin_1', 'l1': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', 'iso8859': 'latin_1', '8859': 'latin_1', 'cp819': 'latin_1',
    'iso_ir_100': 'latin_1', 'iso_8859_1:1987': 'latin_1',
    'us_ascii': 'ascii', 'us': 'ascii', '646': 'ascii', 'ansi_x3.4_1968': 'ascii',
    'cp367': 'ascii', 'iso646_us': 'ascii', 'ibm367': 'ascii',
    'utf16': 'utf_16', 'u16': 'utf_16', 'utf_16le': 'utf_16_le', 'utf_16be': 'utf_16_be',
    'unicodelittleunmarked': 'utf_16_le', 'unicodebigunmarked': 'utf_16_be',
    'utf32': 'utf_32', 'u32': 'utf_32', 'utf_32le': 'utf_32_le', 'utf_32be': 'utf_32_be',
}


def _builtin_codec(key):
    key = key.replace('.', '_') if key.replace('.', '_') in _BUILTIN else key
    key = _ALIASES.get(key, key)
    spec = _BUILTIN.get(key)
    if spec is None:
        return None
    name, enc, dec, stateful = spec
    return _make_codec(name, enc, dec, stateful)
