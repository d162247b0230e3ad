"""Tokenization of Python source, as a stream of TokenInfo 5-tuples.

tokenize(readline) reads bytes (and yields an ENCODING token first);
generate_tokens(readline) reads str. The scanner below works a line at a
time with one "pseudo-token" regular expression, carrying three pieces of
state between lines: an unfinished string, the bracket depth, and the
stack of indentation columns.
"""

from builtins import open as _builtin_open
from codecs import lookup, BOM_UTF8
import collections
import functools
from io import TextIOWrapper
import itertools as _itertools
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)

import token
__all__ = token.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                           "untokenize", "TokenInfo"]
del token


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)' %
                self._replace(type=annotated))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# ---- the regular expressions -----------------------------------------------

def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)
Name = r'\w+'

_digits = r'[0-9](?:_?[0-9])*'
Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
Binnumber = r'0[bB](?:_?[01])+'
Octnumber = r'0[oO](?:_?[0-7])+'
Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?' + _digits
Pointfloat = group(_digits + r'\.(?:' + _digits + r')?', r'\.' + _digits) + maybe(Exponent)
Expfloat = _digits + Exponent
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_digits + r'[jJ]', Floatnumber + r'[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _all_string_prefixes():
    """Every legal string prefix in every letter case and order, and ''."""
    bases = ['b', 'r', 'u', 'f', 'br', 'fr']
    found = {''}
    for base in bases:
        orders = {base, base[::-1]}
        for word in orders:
            variants = ['']
            for ch in word:
                variants = [v + c for v in variants for c in (ch, ch.upper())]
            found.update(variants)
    return found


@functools.lru_cache
def _compile(expr):
    return re.compile(expr, re.UNICODE)


StringPrefix = group(*_all_string_prefixes())

# The rest of a string once its opening quote is consumed.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Longest operators first, so '**=' wins over '**' and '*'.
Special = group(*map(re.escape, sorted(EXACT_TOKEN_TYPES, reverse=True)))
Funny = group(r'\r?\n', Special)

PlainToken = group(Number, Funny, String, Name)
Token = Ignore + PlainToken

# A single-line string that may continue on the next line after a backslash.
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

# Prefix + opening quote -> the pattern for the rest of the string.
endpats = {}
single_quoted = set()
triple_quoted = set()
for _prefix in _all_string_prefixes():
    endpats[_prefix + "'"] = Single
    endpats[_prefix + '"'] = Double
    endpats[_prefix + "'''"] = Single3
    endpats[_prefix + '"""'] = Double3
    single_quoted.add(_prefix + "'")
    single_quoted.add(_prefix + '"')
    triple_quoted.add(_prefix + "'''")
    triple_quoted.add(_prefix + '"""')
del _prefix

tabsize = 8


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- untokenize ------------------------------------------------------------

class Untokenizer:
    """Rebuilds source text from tokens (exactly, given full 5-tuples)."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if row < self.prev_row or (row == self.prev_row and col < self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        it = iter(iterable)
        indents = []
        at_line_start = False
        for tok in it:
            if len(tok) == 2:
                self.compat(tok, it)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                indent = indents[-1]
                if start[1] >= len(indent):
                    self.tokens.append(indent)
                    self.prev_col = len(indent)
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        """Rebuild from (type, string) pairs: valid source, approximate spacing."""
        indents = []
        out = self.tokens
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in _itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING:
                if after_string:
                    text = ' ' + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def untokenize(iterable):
    """Source text (bytes if an ENCODING token was seen) from tokens."""
    ut = Untokenizer()
    out = ut.untokenize(iterable)
    if ut.encoding is not None:
        out = out.encode(ut.encoding)
    return out


# ---- encoding detection ----------------------------------------------------

def _get_normal_name(orig_enc):
    """Spell utf-8 and latin-1 the way the tokenizer reports them."""
    enc = orig_enc[:12].lower().replace("_", "-")
    if enc == "utf-8" or enc.startswith("utf-8-"):
        return "utf-8"
    if enc in ("latin-1", "iso-8859-1", "iso-latin-1") or \
       enc.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
        return "iso-8859-1"
    return orig_enc


def detect_encoding(readline):
    """The source encoding (PEP 263 cookie or BOM) and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            line_string = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = "invalid or missing encoding declaration"
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(line_string)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = "unknown encoding: " + encoding
            else:
                msg = "unknown encoding for {!r}: {}".format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a source file read-only as text, in the encoding it declares."""
    buffer = _builtin_open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except:
        buffer.close()
        raise


# ---- the scanner -----------------------------------------------------------

def tokenize(readline):
    """Tokens of the source that readline() returns as bytes, ENCODING first."""
    encoding, consumed = detect_encoding(readline)
    rest = iter(readline, b"")
    return _tokenize(_itertools.chain(consumed, rest).__next__, encoding)


def generate_tokens(readline):
    """Tokens of the source that readline() returns as str (no ENCODING token)."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    numchars = '0123456789'
    lnum = 0
    depth = 0                 # open brackets
    backslash_cont = False    # the previous line ended in a backslash
    indents = [0]
    pending = ''              # an unfinished string's text so far
    pending_lines = None      # the physical lines it spans
    pending_start = None
    needcont = False          # the unfinished string is single-quoted
    endprog = None
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    pseudo = _compile(PseudoToken)
    prev_line = b''
    line = b''
    while True:
        try:
            prev_line = line
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        lnum += 1
        pos, end = 0, len(line)

        if pending:
            if not line:
                raise TokenError("EOF in multi-line string", pending_start)
            m = endprog.match(line)
            if m:
                pos = stop = m.end(0)
                yield TokenInfo(STRING, pending + line[:stop], pending_start,
                                (lnum, stop), pending_lines + line)
                pending, needcont = '', False
                pending_lines = None
            elif needcont and not line.endswith(('\\\n', '\\\r\n')):
                yield TokenInfo(ERRORTOKEN, pending + line, pending_start,
                                (lnum, len(line)), pending_lines)
                pending = ''
                pending_lines = None
                continue
            else:
                pending += line
                pending_lines += line
                continue

        elif depth == 0 and not backslash_cont:
            # The start of a logical line: measure its indentation.
            if not line:
                break
            column = 0
            while pos < end:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            if line[pos] in '#\r\n':
                # Blank or comment-only lines never change indentation.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # Inside brackets or after a backslash: the statement goes on.
            if not line:
                raise TokenError("EOF in multi-line statement", (lnum, 0))
            backslash_cont = False

        while pos < end:
            m = pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, stop = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, stop), stop
            if start == stop:
                continue
            text, first = line[start:stop], line[start]
            if first in numchars or (first == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, spos, epos, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                endprog = _compile(endpats[text])
                m2 = endprog.match(line, pos)
                if m2:
                    pos = m2.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    pending_start = (lnum, start)
                    pending = line[start:]
                    pending_lines = line
                    break
            elif (first in single_quoted or text[:2] in single_quoted
                  or text[:3] in single_quoted):
                if text[-1] == '\n':
                    # A backslash-newline inside a one-quote string.
                    pending_start = (lnum, start)
                    endprog = _compile(endpats.get(first) or endpats.get(text[1])
                                       or endpats.get(text[2]))
                    pending, needcont = line[start:], True
                    pending_lines = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                backslash_cont = True
            else:
                if first in '([{':
                    depth += 1
                elif first in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    # A last line without a newline still ends its statement.
    if prev_line and prev_line[-1] not in '\r\n' and not prev_line.strip().startswith("#"):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(prev_line)),
                        (lnum - 1, len(prev_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def main():
    """Command line: print the tokens of a file (or stdin)."""
    import argparse

    def perror(message):
        sys.stderr.write(message)
        sys.stderr.write('\n')

    def error(message, filename=None, location=None):
        if location:
            args = (filename,) + location + (message,)
            perror("%s:%d:%d: error: %s" % args)
        elif filename:
            perror("%s: error: %s" % (filename, message))
        else:
            perror("error: %s" % message)
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            with _builtin_open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = "<stdin>"
            tokens = _tokenize(sys.stdin.readline, None)
        for token in tokens:
            token_type = token.exact_type if args.exact else token.type
            token_range = "%d,%d-%d,%d:" % (token.start + token.end)
            print("%-20s%-15s%-15r" % (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        error(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        error(err.args[0], filename, (line, column))
    except SyntaxError as err:
        error(err, filename)
    except OSError as err:
        error(err)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        perror("unexpected error: %s" % err)
        raise


if __name__ == "__main__":
    main()
