"""Conversion between binary data and ASCII"""

# minipy: written in Python; crc32 comes from the native zlib primitives.

import _zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _ascii_data(data):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if hasattr(data, 'tobytes'):
        return data.tobytes()
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def _binary(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if hasattr(data, 'tobytes'):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _binary(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    count = 0
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _B64_REV.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xff)
            left = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error("Invalid base64-encoded string: number of data characters "
                        f"({count}) cannot be 1 more than a multiple of 4")
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary(data)
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, bytes):
        sep = sep.decode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    digits = b'0123456789abcdefABCDEF'
    for i in range(0, len(data), 2):
        a, b = data[i], data[i + 1]
        if a not in digits or b not in digits:
            raise Error("Non-hexadecimal digit found")
        out.append(int(chr(a) + chr(b), 16))
    return bytes(out)


unhexlify = a2b_hex


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _zlib.crc32(_binary(data), crc & 0xffffffff)


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    crc &= 0xffff
    for byte in _binary(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc


def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    data = _binary(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def enc(v):
        return 0x60 if backtick and v == 0 else 0x20 + v

    out = bytearray([enc(len(data))])
    padded = data + b'\x00' * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((enc(v >> 18), enc((v >> 12) & 63), enc((v >> 6) & 63), enc(v & 63)))
    out += b'\n'
    return bytes(out)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _ascii_data(data).rstrip(b'\n\r')
    if not data:
        return b'\x00' * 32
    n = (data[0] - 0x20) & 0x3f
    out = bytearray()
    chars = [((c - 0x20) & 0x3f) for c in data[1:]]
    chars += [0] * (-len(chars) % 4)
    for i in range(0, len(chars), 4):
        v = (chars[i] << 18) | (chars[i + 1] << 12) | (chars[i + 2] << 6) | chars[i + 3]
        out += bytes(((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff))
    out = out[:n]
    out += b'\x00' * (n - len(out))
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding."""
    data = _binary(data)
    out = bytearray()
    linelen = 0
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        if istext and c == 10:
            out.append(10)
            linelen = 0
            i += 1
            continue
        at_eol = i + 1 == n or (istext and data[i + 1] == 10)
        needs = (c == 61 or c > 126 or (c < 32 and c not in (9, 10, 13)) or
                 (c == 46 and linelen == 0 and at_eol) or
                 (not istext and c in (10, 13)) or
                 ((c == 9 or c == 32) and (at_eol or quotetabs)) or
                 (header and c == 95))
        if needs:
            piece = b'=%02X' % c
        elif header and c == 32:
            piece = b'_'
        else:
            piece = bytes([c])
        if linelen + len(piece) > 75 and not at_eol or linelen + len(piece) > 76:
            out += b'=\n'
            linelen = 0
        out += piece
        linelen += len(piece)
        i += 1
    return bytes(out)


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _ascii_data(data)
    out = bytearray()
    i = 0
    n = len(data)
    hexd = b'0123456789abcdefABCDEF'
    while i < n:
        c = data[i]
        if c == 61:
            if i + 1 < n and data[i + 1] == 10:
                i += 2
                continue
            if i + 2 < n + 0 and data[i + 1] == 13 and data[i + 2] == 10:
                i += 3
                continue
            if i + 1 >= n:
                break
            if i + 2 < n + 1 and i + 2 <= n - 1 + 1 and data[i + 1] in hexd and i + 2 < n and data[i + 2] in hexd:
                out.append(int(data[i + 1:i + 3], 16))
                i += 3
                continue
            out.append(c)
            i += 1
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)
