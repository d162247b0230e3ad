"""_codecs: the codec registry, error handlers and coder functions.

CPython writes this layer in C; codecs builds the classes on top of it and
registers the built-in codecs' search function.
"""

import sys

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = b'\xff\xfe'
BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM_UTF16_LE if sys.byteorder == 'little' else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if sys.byteorder == 'little' else BOM_UTF32_BE


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
        info = None
        if not _search_functions:
            # The standard codecs register when codecs is first imported.
            import codecs
            return lookup(encoding)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


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
