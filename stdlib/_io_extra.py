# minipy: two io classes kept apart from io.py: BufferedRWPair (a reader and a writer
# used as one stream) and IncrementalNewlineDecoder (universal newlines over a decoder).
# Imported at the end of io.py, whose base classes they use.

from io import BufferedIOBase, BufferedReader, BufferedWriter, DEFAULT_BUFFER_SIZE, \
    UnsupportedOperation


class BufferedRWPair(BufferedIOBase):
    """A buffered reader object and buffered writer object put together to
form a sequential IO object that can read and write. This is typically
used with a socket or two-way pipe."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1, /):
        return self.reader.read(-1 if size is None else size)

    def readinto(self, b, /):
        return self.reader.readinto(b)

    def write(self, b, /):
        return self.writer.write(b)

    def peek(self, size=0, /):
        return self.reader.peek(size)

    def read1(self, size=-1, /):
        return self.reader.read1(size)

    def readinto1(self, b, /):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


BufferedRWPair.__module__ = '_io'

# The kinds of line ending seen so far, as bits.
_LF, _CR, _CRLF = 1, 2, 4
_NEWLINES = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
             ("\r", "\n", "\r\n"))


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode.

It wraps another incremental decoder, translating \\r\\n and \\r into \\n.
It also records the types of newlines encountered.  When used with
translate=False, it ensures that the newline sequence is returned in
one piece. When used with decoder=None, it expects unicode strings as
decode input and translates newlines without first invoking an external
decoder."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            if not isinstance(input, str):
                raise TypeError(f"decoder should return a string result, not '{type(input).__name__}'")
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        # A trailing \r may be the first half of \r\n: it waits for the next chunk.
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and _LF) | (cr and _CR) | (crlf and _CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state, /):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self.seennl]


IncrementalNewlineDecoder.__module__ = '_io'
