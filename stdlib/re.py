"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.
"""

# The matching engine is native (the _re module, src/modules/re/); this module is the
# Python-facing layer: flags, Pattern, Match, replacement templates, the caches.

# CPython's re also imports enum and copyreg; importing enum here would double the
# cost of `import re` for nothing re needs, so those two names are left out.
import enum
import functools
import copyreg
from _re import _compile as _native_compile, _exec, _scan, _free

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
try:
    _BYTES_LIKE = (bytearray, memoryview)
except NameError:
    _BYTES_LIKE = (bytearray,)

# Names in the order CPython's RegexFlag repr lists them.
_FLAG_NAMES = (
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
    (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG"),
)
# The order of flags in a Pattern's repr (by value).
_REPR_ORDER = (1, 2, 4, 8, 16, 32, 64, 128, 256)
_ALL_FLAGS = 511


class RegexFlag(int):
    """An enumeration."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        for v, n in _FLAG_NAMES:
            if v == int(self):
                return n
        if int(self) == 0:
            return "NOFLAG"
        return None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return _flag_text(v & _ALL_FLAGS) if v & _ALL_FLAGS else "re.NOFLAG"
        return _flag_text(v)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


def _flag_text(v):
    parts = []
    for bit, name in _FLAG_NAMES:
        if v & bit:
            parts.append("re." + name)
            v &= ~bit
    if v:
        parts.append(hex(v))
    return "|".join(parts)


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _clamp(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


def _check_subject(pattern, string):
    if isinstance(string, (str, bytes)):
        return string
    if isinstance(string, _BYTES_LIKE):
        return bytes(string)
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


class Pattern:
    """Compiled regular expression object."""

    __module__ = "re"

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        """The pattern string from which the RE object was compiled."""
        return self._pattern

    @property
    def flags(self):
        """The regex matching flags."""
        return self._flags

    @property
    def groups(self):
        """The number of capturing groups in the pattern."""
        return self._groups

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return dict(self._groupindex)

    # The native _exec checks the subject's type and clamps pos/endpos itself; the Match
    # keeps the arguments as given and clamps them when asked (the hot path stays short).

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        return _exec(self._id, string, pos, endpos, 0, Match, self)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        return _exec(self._id, string, pos, endpos, 1, Match, self)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance.

        Return None if no position in the string matches."""
        return _exec(self._id, string, pos, endpos, 2, Match, self)

    def _all(self, string, pos, endpos, limit):
        string = _check_subject(self._pattern, string)
        pos, endpos = _clamp(string, pos, endpos)
        return string, pos, endpos, _scan(self._id, string, pos, endpos, limit)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        string, pos, endpos, found = self._all(string, pos, endpos, 0)
        empty = string[:0]
        g = self._groups
        out = []
        if g == 0:
            for r in found:
                out.append(string[r[1]:r[2]])
        elif g == 1:
            for r in found:
                s = r[3]
                out.append(empty if s < 0 else string[s:r[4]])
        else:
            for r in found:
                item = []
                for k in range(1, g + 1):
                    s = r[2 * k + 1]
                    item.append(empty if s < 0 else string[s:r[2 * k + 2]])
                out.append(tuple(item))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string.

        For each match, the iterator returns a match object."""
        string, pos, endpos, found = self._all(string, pos, endpos, 0)
        return iter([_new_match(self, string, pos, endpos, r) for r in found])

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _SreScanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if maxsplit < 0:
            return [string]
        string, pos, endpos, found = self._all(string, 0, None, maxsplit)
        out = []
        last = 0
        g = self._groups
        for r in found:
            out.append(string[last:r[1]])
            for k in range(1, g + 1):
                s = r[2 * k + 1]
                out.append(None if s < 0 else string[s:r[2 * k + 2]])
            last = r[2]
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            count = 0
        string = _check_subject(self._pattern, string)
        if callable(repl):
            template = None
        else:
            if isinstance(self._pattern, str) != isinstance(repl, str):
                if isinstance(repl, str):
                    raise TypeError("expected a bytes-like object, str found")
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            if ("\\" if isinstance(repl, str) else b"\\") in repl:
                template = _compile_template(self, repl)
            else:
                template = [repl]
        found = _scan(self._id, string, 0, len(string), count)
        parts = []
        last = 0
        empty = string[:0]
        for r in found:
            # Pieces are collected as CPython does (empty slices and None left out), so
            # a bad replacement type is reported at the same list index.
            if last < r[1]:
                parts.append(string[last:r[1]])
            if template is None:
                piece = repl(_new_match(self, string, 0, len(string), r))
                if piece is not None:
                    parts.append(piece)
            else:
                for t in template:
                    if t.__class__ is int:
                        s = r[2 * t + 1]
                        if s >= 0:
                            parts.append(string[s:r[2 * t + 2]])
                    else:
                        parts.append(t)
            last = r[2]
        if last < len(string):
            parts.append(string[last:])
        return empty.join(parts), len(found)

    def __repr__(self):
        p = repr(self._pattern)
        if len(p) > 200:
            p = p[:200]
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % p
        names = []
        for bit in _REPR_ORDER:
            if flags & bit:
                names.append("re." + dict((v, n) for v, n in _FLAG_NAMES)[bit])
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (p, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._flags == other._flags and type(self._pattern) is type(other._pattern) and self._pattern == other._pattern

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __del__(self):
        # Each Pattern owns one reference to its native program.
        try:
            _free(self._id)
        except Exception:
            pass

    def __reduce__(self):
        return (_cached, (self._pattern, self._flags))

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _new_pattern(pattern, flags):
    res = _native_compile(pattern, int(flags))
    if res[0] is None:
        if res[1] == "the repetition number is too large":
            raise OverflowError(res[1])
        if res[2] is None and (res[1].startswith("cannot use") or res[1].startswith("ASCII and")):
            raise ValueError(res[1])
        raise error(res[1], pattern, res[2])
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._id = res[0]
    p._groups = res[1]
    p._groupindex = dict(res[2])
    p._flags = res[3]
    p._names = dict((v, k) for k, v in res[2])
    return p


class Match:
    """The result of re.match() and re.search().
    Match objects always have a boolean value of True."""

    __module__ = "re"

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def string(self):
        """The string passed to match() or search()."""
        return self._string

    @property
    def re(self):
        """The regular expression object."""
        return self._re

    @property
    def pos(self):
        """The index into the string at which the RE engine started looking for a match."""
        return _clamp(self._string, self._pos, self._endpos)[0]

    @property
    def endpos(self):
        """The index into the string beyond which the RE engine will not go."""
        return _clamp(self._string, self._pos, self._endpos)[1]

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        li = self._regs[0]
        return li if li else None

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        li = self._regs[0]
        if not li:
            return None
        return self._re._names.get(li)

    @property
    def regs(self):
        r = self._regs
        return tuple((r[2 * k + 1], r[2 * k + 2]) for k in range(self._re._groups + 1))

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or g.__class__ is bool:
            if 0 <= g <= self._re._groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self._re._groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            i = g.__index__()
            if 0 <= i <= self._re._groups:
                return i
        raise IndexError("no such group")

    def _get(self, k, default=None):
        r = self._regs
        s = r[2 * k + 1]
        if s < 0:
            return default
        return self._string[s:r[2 * k + 2]]

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
    Return subgroup(s) of the match by indices or names.
    For 0 returns the entire match."""
        if not args:
            r = self._regs
            return self._string[r[1]:r[2]]
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1.

  default
    Is used for groups that did not participate in the match."""
        return tuple(self._get(k, default) for k in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.

  default
    Is used for groups that did not participate in the match."""
        return dict((name, self._get(k, default)) for name, k in self._re._groupindex.items())

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        if group == 0:
            return self._regs[1]
        if group.__class__ is int and 0 <= group <= self._re._groups:
            return self._regs[2 * group + 1]
        return self._regs[2 * self._index(group) + 1]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        if group == 0:
            return self._regs[2]
        if group.__class__ is int and 0 <= group <= self._re._groups:
            return self._regs[2 * group + 2]
        return self._regs[2 * self._index(group) + 2]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        if group.__class__ is int and 0 <= group <= self._re._groups:
            k = group
        else:
            k = self._index(group)
        return (self._regs[2 * k + 1], self._regs[2 * k + 2])

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        parts = []
        for t in _compile_template(self._re, template):
            if t.__class__ is int:
                v = self._get(t)
                if v is not None:
                    parts.append(v)
            else:
                parts.append(t)
        return self._string[:0].join(parts)

    def __repr__(self):
        r = self._regs
        return "<re.Match object; span=(%d, %d), match=%r>" % (r[1], r[2], self._get(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


def _generic_alias(cls, item):
    try:
        from types import GenericAlias
        return GenericAlias(cls, item)
    except (ImportError, TypeError):
        return _Alias(cls, item)


def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    return repr(t)


class _Alias:
    """A parameterized Pattern/Match (what types.GenericAlias gives in CPython)."""

    def __init__(self, origin, item):
        self.__origin__ = origin
        self.__args__ = item if isinstance(item, tuple) else (item,)

    def __repr__(self):
        return "%s[%s]" % (_type_repr(self.__origin__), ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


def _new_match(pattern, string, pos, endpos, regs):
    m = object.__new__(Match)
    m._re = pattern
    m._string = string
    m._pos = pos
    m._endpos = endpos
    m._regs = regs
    return m


class _SreScanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = _check_subject(pattern._pattern, string)
        self._pos, self._endpos = _clamp(self._string, pos, endpos)
        self._done = False
        self._forbid = -1

    def _next(self, mode):
        if self._done or self._pos > self._endpos:
            return None
        regs = _exec(self.pattern._id, self._string, self._pos, self._endpos, mode)
        if regs is None:
            self._done = True
            return None
        if regs[1] == regs[2] and regs[2] == self._forbid:
            # An empty match where the previous one ended: look one further on.
            found = _scan(self.pattern._id, self._string, self._pos, self._endpos, 2)
            if mode == 0 or len(found) < 2:
                self._done = True
                return None
            regs = found[1]
        m = _new_match(self.pattern, self._string, self._pos, self._endpos, regs)
        self._forbid = regs[2] if regs[1] == regs[2] else -1
        self._pos = regs[2]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


# --- replacement templates ---------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIGITS = "0123456789"


def _compile_template(pattern, repl):
    """The replacement as a list of literal pieces and group numbers."""
    key = (pattern, repl)
    t = _template_cache.get(key)
    if t is not None:
        return t
    is_bytes = not isinstance(repl, str)
    s = repl.decode("latin-1") if is_bytes else repl
    out = []
    lit = []
    i = 0
    n = len(s)
    groups = pattern._groups

    def fail(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            fail("bad escape (end of pattern)", start)
        c = s[i + 1]
        i += 2
        if c == "g":
            if i >= n or s[i] != "<":
                fail("missing <", i)
            j = s.find(">", i + 1)
            if j < 0:
                fail("missing >, unterminated name", i + 1)
            name = s[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > groups:
                    fail("invalid group reference %d" % index, i + 1)
            elif name.isidentifier() and not (is_bytes and not name.isascii()):
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                fail("bad character in group name '%s'" % name, i + 1)
            i = j + 1
            _flush(out, lit)
            out.append(index)
        elif c == "0":
            v = 0
            for _ in range(2):
                if i < n and s[i] in _OCT:
                    v = v * 8 + int(s[i])
                    i += 1
            lit.append(chr(v))
        elif c in _DIGITS:
            if i < n and s[i] in _DIGITS:
                if c in _OCT and s[i] in _OCT and i + 1 < n and s[i + 1] in _OCT:
                    v = int(s[i - 1:i + 2], 8)
                    if v > 0o377:
                        fail("octal escape value %s outside of range 0-0o377" % s[start:i + 2], start)
                    lit.append(chr(v))
                    i += 2
                    continue
                index = int(s[i - 1:i + 1])
                i += 1
            else:
                index = int(c)
            if index > groups:
                fail("invalid group reference %d" % index, start + 1)
            _flush(out, lit)
            out.append(index)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, start)
        else:
            lit.append("\\" + c)
    _flush(out, lit)
    if is_bytes:
        out = [x if x.__class__ is int else x.encode("latin-1") for x in out]
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = out
    return out


def _flush(out, lit):
    if lit:
        out.append("".join(lit))
        lit.clear()


# --- the module functions ----------------------------------------------------

_cache = {}
_template_cache = {}
_MAXCACHE = 512


def _cached(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, _BYTES_LIKE):
            pattern = bytes(pattern)
        else:
            raise TypeError("first argument must be string or compiled pattern")
    p = _new_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _cached(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _cached(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _cached(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _cached(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _cached(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _cached(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _cached(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _cached(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _cached(pattern, flags)


def _compile(pattern, flags):
    # The name pickles of patterns refer to (as CPython's re._compile).
    return _cached(pattern, flags)


def _pickle(p):
    return _compile, (p.pattern, p.flags)


copyreg.pickle(Pattern, _pickle, _compile)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _cached(pattern, flags | 1)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, "latin1")
        return pattern.translate(_special_chars_map).encode("latin1")


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._outer = []
        index = 1
        for phrase, action in lexicon:
            self._outer.append(index)
            parts.append("(" + phrase + ")" if isinstance(phrase, str) else b"(" + phrase + b")")
            index += 1 + compile(phrase, flags).groups
        joiner = "|" if not lexicon or isinstance(lexicon[0][0], str) else b"|"
        self.scanner = compile(joiner.join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            k = 0
            for n, g in enumerate(self._outer):
                if m.start(g) >= 0:
                    k = n
                    break
            action = self.lexicon[k][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
