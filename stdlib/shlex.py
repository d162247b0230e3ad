"""A lexical analyzer class for simple shell-like syntaxes."""

import os
import re
import sys
from collections import deque

from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

# The lexer is a state machine over single characters. `state` is ' ' between tokens,
# 'a' inside a word, 'c' inside a run of punctuation, a quote character inside quotes,
# an escape character right after an escape, and None once the input is exhausted.
_EMIT, _NEXT = True, False


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."
    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ''.join(map(chr, range(0xDF, 0x100))).replace('\xf7', '') + \
                ''.join(map(chr, range(0xC0, 0xDF))).replace('\xd7', '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters pushed back while splitting punctuation from words.
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "Get a token from the input stream (or from stack if it's nonempty)"
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def read_token(self):
        self._quoted = False
        self._escapedstate = ' '
        while True:
            if self.punctuation_chars and self._pushback_chars:
                nextchar = self._pushback_chars.pop()
            else:
                nextchar = self.instream.read(1)
            if nextchar == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, nextchar))
            if self.state is None:
                self.token = ''
                break
            if self.state == ' ':
                step = self._between_tokens(nextchar)
            elif self.state in self.quotes:
                step = self._in_quotes(nextchar)
            elif self.state in self.escape:
                step = self._after_escape(nextchar)
            elif self.state in ('a', 'c'):
                step = self._in_word(nextchar)
            else:
                step = _NEXT
            if step is _EMIT:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def _token_ready(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _between_tokens(self, c):
        if not c:
            self.state = None
            return _EMIT
        if c in self.whitespace:
            return _EMIT if self._token_ready() else _NEXT
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self._escapedstate = 'a'
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = 'a'
        elif c in self.punctuation_chars:
            self.token = c
            self.state = 'c'
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = 'a'
        else:
            self.token = c
            return _EMIT if self._token_ready() else _NEXT
        return _NEXT

    def _in_quotes(self, c):
        self._quoted = True
        if not c:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if c == self.state:
            if not self.posix:
                self.token += c
                self.state = ' '
                return _EMIT
            self.state = 'a'
        elif self.posix and c in self.escape and self.state in self.escapedquotes:
            self._escapedstate = self.state
            self.state = c
        else:
            self.token += c
        return _NEXT

    def _after_escape(self, c):
        if not c:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes a POSIX shell only lets the escape escape itself or the quote.
        if self._escapedstate in self.quotes and c != self.state and c != self._escapedstate:
            self.token += self.state
        self.token += c
        self.state = self._escapedstate
        return _NEXT

    def _in_word(self, c):
        if not c:
            self.state = None
            return _EMIT
        if c in self.whitespace:
            self.state = ' '
            return _EMIT if self._token_ready() else _NEXT
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return _EMIT if self._token_ready() else _NEXT
        elif self.state == 'c':
            if c in self.punctuation_chars:
                self.token += c
            else:
                if c not in self.whitespace:
                    self._pushback_chars.append(c)
                self.state = ' '
                return _EMIT
        elif self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escapedstate = 'a'
            self.state = c
        elif (c in self.wordchars or c in self.quotes
              or (self.whitespace_split and c not in self.punctuation_chars)):
            self.token += c
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            self.state = ' '
            return _EMIT if self._token_ready() else _NEXT
        return _NEXT

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        # A relative path is taken relative to the file doing the including.
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single quotes protect everything but a single quote, which is closed, escaped
    # inside double quotes and reopened: 'a'"'"'b'.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def _print_tokens(lexer):
    while 1:
        tt = lexer.get_token()
        if not tt:
            break
        print("Token: " + repr(tt))


if __name__ == '__main__':
    if len(sys.argv) == 1:
        _print_tokens(shlex())
    else:
        fn = sys.argv[1]
        with open(fn) as f:
            _print_tokens(shlex(f, fn))
