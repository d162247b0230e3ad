"""Codec registry, base classes and stream wrappers.

The coders themselves are the interpreter's native ones (utf-8, latin-1,
ascii through str.encode / bytes.decode); utf-16 and utf-32 are written
here on top of int.to_bytes so codecs.encode/decode can offer them.
"""

import builtins
import sys
from _codecs import *
from _codecs import _normalize, _data, _text, _utf8_complete

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


# ---- the built-in codecs ---------------------------------------------------

def _make_codec(name, enc, dec, stateful_decode=True, then_enc=None, first_dec=None):
    """CodecInfo with incremental and stream classes built from enc/dec.

    For codecs that start with a BOM: then_enc encodes after the first
    call (no second BOM), and first_dec(data, errors, final) ->
    (text, consumed, decoder) decodes the start and picks the decoder
    for the rest (None while undecided).
    """

    def encoder_for(state):
        if then_enc is None:
            return enc
        if state.get('started'):
            return then_enc
        state['started'] = True
        return enc

    def decode_with(state, input, errors, final):
        if first_dec is not None:
            decoder = state.get('decoder')
            if decoder is None:
                text, consumed, decoder = first_dec(input, errors, final)
                state['decoder'] = decoder
                return text, consumed
            return decoder(input, errors, final)
        if stateful_decode:
            return dec(input, errors, final)
        return dec(input, errors)

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encoder_for(self.__dict__.setdefault('_state', {}))(input, self.errors)[0]

        def reset(self):
            self._state = {}

    class _IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode_with(self.__dict__.setdefault('_state', {}), input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self._state = {}

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encoder_for(self.__dict__.setdefault('_state', {}))(input, errors)

        def reset(self):
            self._state = {}

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return decode_with(self.__dict__.setdefault('_state', {}), input, errors, False)

        def reset(self):
            StreamReader.reset(self)
            self._state = {}

    def _decode(input, errors='strict'):
        if stateful_decode:
            return dec(input, errors, True)
        return dec(input, errors)

    return CodecInfo(enc, _decode, _Reader, _Writer, _IncEncoder, _IncDecoder, name=name)


def _bom_first_decoder(ex_decode, le_decode, be_decode, width, name):
    def first(data, errors, final):
        text, consumed, order = ex_decode(data, errors, 0, final)
        if order == -1:
            return text, consumed, le_decode
        if order == 1:
            return text, consumed, be_decode
        if consumed >= width:
            raise UnicodeError("%s stream does not start with BOM" % name)
        return text, consumed, None
    return first


def _utf_8_sig_first(data, errors, final):
    data = _data(data)
    if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
        return '', 0, None
    if data[:3] == BOM_UTF8:
        text, used = utf_8_decode(data[3:], errors, final)
        return text, used + 3, utf_8_decode
    text, used = utf_8_decode(data, errors, final)
    return text, used, utf_8_decode


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


_NATIVE_LE = sys.byteorder == 'little'
# Codecs that write a BOM once: (encoder after the first call, first decoder).
_BOM_STATE = {
    'utf_16': (utf_16_le_encode if _NATIVE_LE else utf_16_be_encode,
               _bom_first_decoder(utf_16_ex_decode, utf_16_le_decode, utf_16_be_decode, 2, 'UTF-16')),
    'utf_32': (utf_32_le_encode if _NATIVE_LE else utf_32_be_encode,
               _bom_first_decoder(utf_32_ex_decode, utf_32_le_decode, utf_32_be_decode, 4, 'UTF-32')),
    'utf_8_sig': (utf_8_encode, _utf_8_sig_first),
}


def _builtin_codec(key):
    key = key.replace('.', '_') if key.replace('.', '_') in _BUILTIN else key
    key = _ALIASES.get(key, key)
    spec = _BUILTIN.get(key)
    if spec is None:
        return None
    name, enc, dec, stateful = spec
    then_enc, first_dec = _BOM_STATE.get(key, (None, None))
    return _make_codec(name, enc, dec, stateful, then_enc, first_dec)


def _search_builtin(key):
    return _builtin_codec(key)


register(_search_builtin)
