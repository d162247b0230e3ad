"""The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module."""

from io import (BlockingIOError, BufferedRandom, BufferedReader, BufferedWriter, BytesIO,
                DEFAULT_BUFFER_SIZE, FileIO, StringIO, TextIOWrapper, UnsupportedOperation,
                open, open_code, text_encoding)
from io import BufferedRWPair, IncrementalNewlineDecoder
from io import IOBase as _IOBase, RawIOBase as _RawIOBase
from io import BufferedIOBase as _BufferedIOBase, TextIOBase as _TextIOBase
