//! Source text to tokens: logos finds the raw tokens, this layer adds NEWLINE / INDENT /
//! DEDENT, ignores newlines inside brackets and checks bracket pairing, as CPython's
//! tokenizer does. Strings and numbers are scanned by hand (see `literals.rs`).

use logos::Logos;

use super::raw::{simple_tok, Raw};
use super::literals::{scan_number, scan_string};
use super::token::Tok;
use crate::syntax_error::SyntaxErrorKind;

/// A token with its byte span in the full source.
pub type Spanned = (usize, Tok, usize);

/// An error found while tokenizing; positions are byte offsets into the full source.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: usize,
    pub end: usize,
    /// CPython reports some errors with offset 0: the line is shown without a caret.
    pub no_caret: bool,
    /// The text CPython shows instead of the source line, with the error's character range
    /// in it: an f-string expression is compiled on its own as `(expr)`.
    pub shown: Option<Box<(String, usize, usize)>>,
}

impl LexError {
    pub fn syntax(msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), start, end, no_caret: false, shown: None }
    }
}

/// CPython's limits (Parser/tokenizer.h).
const MAX_PAREN_DEPTH: usize = 200;
const MAX_INDENT_LEVELS: usize = 100;

fn valid_prefix(prefix: &str) -> bool {
    matches!(
        prefix.to_ascii_lowercase().as_str(),
        "" | "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

/// The result of tokenizing: every token up to the first error, then that error if any.
pub struct Lexed {
    pub tokens: Vec<Spanned>,
    pub error: Option<LexError>,
}

/// Tokenizes `full[start..end]`. `layout` false means no NEWLINE / INDENT / DEDENT at all
/// (f-string expressions and eval input are lexed as if inside brackets).
pub fn tokenize(full: &str, start: usize, end: usize, layout: bool) -> Lexed {
    let mut st = Layer {
        full,
        tokens: Vec::new(),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        at_line_start: true,
        layout,
    };
    let error = st.run(start, end).err();
    if error.is_none() && layout {
        st.finish(end);
    }
    let mut tokens = st.tokens;
    mark_with_parens(&mut tokens);
    mark_soft_keywords(&mut tokens);
    Lexed { tokens, error }
}

struct Layer<'a> {
    full: &'a str,
    tokens: Vec<Spanned>,
    /// Indentation columns with tabs to 8 and with tabs to 1 (CPython's TabError check).
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    layout: bool,
}

impl<'a> Layer<'a> {
    fn run(&mut self, start: usize, end: usize) -> Result<(), LexError> {
        let text = self.full.get(start..end).unwrap_or("");
        let mut lex = Raw::lexer(text);
        while let Some(item) = lex.next() {
            let span = lex.span();
            let (s, e) = (span.start + start, span.end + start);
            // Indentation comes first, as in CPython: a bad first token of an indented
            // line is still preceded by its INDENT.
            if !matches!(item, Ok(Raw::Continuation | Raw::Newline)) && self.at_line_start && self.layout {
                self.at_line_start = false;
                self.indent_to(s)?;
            }
            let raw = match item {
                Ok(raw) => raw,
                Err(()) => {
                    // `$`, `?`, a backquote: the parser rejects them, the tokenizer goes on.
                    let c = self.full.as_bytes().get(s).copied().unwrap_or(0);
                    if matches!(c, b'$' | b'?' | b'`' | b'!') {
                        self.tokens.push((s, Tok::ErrorToken, s + 1));
                        continue;
                    }
                    return Err(self.bad_char(s));
                }
            };
            match raw {
                Raw::Continuation => {
                    if e >= end && self.layout {
                        return Err(LexError::syntax("unexpected EOF while parsing", s + 1, s + 1));
                    }
                }
                Raw::Newline => {
                    if self.layout && self.brackets.is_empty() && !self.at_line_start {
                        // Like CPython's, a NEWLINE after a comment starts at the `#` (its
                        // span then covers the comment; otherwise it is empty).
                        let prev_end = self.tokens.last().map_or(0, |t| t.2).min(s);
                        let start = self.full[prev_end..s].find('#').map_or(s, |k| prev_end + k);
                        self.tokens.push((start, Tok::Newline, s));
                        self.at_line_start = true;
                    }
                }
                Raw::Name => {
                    let name = &self.full[s..e];
                    if let Some(c) = name.chars().find(|&c| !c.is_ascii() && !is_identifier_char(c)) {
                        return Err(invalid_char(c, s + name.find(c).unwrap_or(0)));
                    }
                    let tok = Tok::keyword(name).unwrap_or_else(|| Tok::Name(name.to_string()));
                    self.push(s, tok, e)?;
                }
                Raw::Quote => {
                    let prefix_len = e - s - 1;
                    let mut q = s;
                    if !valid_prefix(&self.full[s..s + prefix_len]) {
                        self.push(s, Tok::Name(self.full[s..s + prefix_len].to_string()), s + prefix_len)?;
                        q = s + prefix_len;
                    }
                    let (lit, lit_end) = scan_string(self.full, q, end)?;
                    self.push(q, Tok::Str(Box::new(lit)), lit_end)?;
                    lex.bump(lit_end - e);
                }
                Raw::Number => {
                    let (tok, num_end) = scan_number(self.full, s, end)?;
                    self.push(s, tok, num_end)?;
                    lex.bump(num_end.saturating_sub(e));
                }
                // `<>` is a token the grammar never accepts (CPython: plain invalid syntax).
                Raw::LtGt => self.tokens.push((s, Tok::ErrorToken, e)),
                other => {
                    let tok = match simple_tok(other) {
                        Some(t) => t,
                        None => return Err(LexError::syntax("invalid syntax", s, e)),
                    };
                    self.bracket(&tok, s)?;
                    self.push(s, tok, e)?;
                }
            }
        }
        if let Some(&(b, pos)) = self.brackets.last() {
            if self.layout {
                return Err(LexError::syntax(format!("'{}' was never closed", b as char), pos, pos + 1));
            }
        }
        Ok(())
    }

    /// A character logos has no rule for (always ASCII: non-ASCII lexes as a name).
    fn bad_char(&self, s: usize) -> LexError {
        let c = self.full[s..].chars().next().unwrap_or(' ');
        if c == '\\' {
            return LexError::syntax("unexpected character after line continuation character", s + 1, s + 1);
        }
        if c.is_ascii_control() {
            return invalid_char(c, s);
        }
        LexError::syntax("invalid syntax", s, s + 1)
    }

    fn bracket(&mut self, tok: &Tok, s: usize) -> Result<(), LexError> {
        let open = match tok {
            Tok::LPar => Some(b'('),
            Tok::LSqb => Some(b'['),
            Tok::LBrace => Some(b'{'),
            _ => None,
        };
        if let Some(b) = open {
            if self.brackets.len() >= MAX_PAREN_DEPTH {
                return Err(LexError::syntax("too many nested parentheses", s, s + 1));
            }
            self.brackets.push((b, s));
            return Ok(());
        }
        let close = match tok {
            Tok::RPar => b')',
            Tok::RSqb => b']',
            Tok::RBrace => b'}',
            _ => return Ok(()),
        };
        match self.brackets.pop() {
            None => Err(LexError::syntax(format!("unmatched '{}'", close as char), s, s + 1)),
            Some((open, pos)) => {
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if expected == close {
                    return Ok(());
                }
                let open_line = line_of(self.full, pos);
                let msg = if open_line != line_of(self.full, s) {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                        close as char, open as char, open_line
                    )
                } else {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        close as char, open as char
                    )
                };
                Err(LexError::syntax(msg, s, s + 1))
            }
        }
    }

    /// Emits a token, preceded by INDENT / DEDENT when it starts a logical line.
    fn push(&mut self, s: usize, tok: Tok, e: usize) -> Result<(), LexError> {
        if self.at_line_start && self.layout {
            self.at_line_start = false;
            self.indent_to(s)?;
        }
        self.at_line_start = false;
        self.tokens.push((s, tok, e));
        Ok(())
    }

    fn indent_to(&mut self, s: usize) -> Result<(), LexError> {
        let line_start = self.full[..s].rfind(['\n', '\r']).map(|i| i + 1).unwrap_or(0);
        let (mut col, mut alt) = (0usize, 0usize);
        for b in self.full[line_start..s].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => {}
            }
        }
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        // CPython reports these at the start of the line (no caret once the indentation is
        // stripped) or, for a bad dedent, at the end of the line.
        let line_end = self.full[s..].find(['\n', '\r']).map(|k| s + k).unwrap_or(self.full.len());
        let tab_error = || LexError {
            kind: SyntaxErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            start: line_start,
            end: line_start,
            no_caret: false,
            shown: None,
        };
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT_LEVELS {
                return Err(LexError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "too many levels of indentation".into(),
                    start: line_start,
                    end: line_start,
                    no_caret: false,
            shown: None,
                });
            }
            self.indents.push((col, alt));
            self.tokens.push((s, Tok::Indent, s));
        } else {
            // Find the level first: a bad dedent emits no DEDENT at all (as in CPython).
            let keep = self.indents.iter().rposition(|t| t.0 <= col).map_or(1, |i| i + 1);
            let &(top, top_alt) = self.indents.get(keep - 1).unwrap_or(&(0, 0));
            if col != top {
                return Err(LexError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "unindent does not match any outer indentation level".into(),
                    start: line_end,
                    end: line_end,
                    no_caret: false,
            shown: None,
                });
            }
            if alt != top_alt {
                return Err(tab_error());
            }
            while self.indents.len() > keep.max(1) {
                self.indents.pop();
                self.tokens.push((s, Tok::Dedent, s));
            }
        }
        Ok(())
    }

    fn finish(&mut self, end: usize) {
        if !self.at_line_start {
            self.tokens.push((end, Tok::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push((end, Tok::Dedent, end));
        }
    }
}

/// Non-ASCII characters allowed in names: letters and digits, plus the common
/// XID_Continue marks and connectors that are neither (an approximation of Unicode's
/// identifier rules; NFKC normalisation is not done).
fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0xb7 | 0x387 | 0x300..=0x36f | 0x483..=0x487 | 0x591..=0x5bd | 0x610..=0x61a
            | 0x64b..=0x669 | 0x900..=0x903 | 0x93a..=0x94f | 0x1dc0..=0x1dff
            | 0x203f | 0x2040 | 0x20d0..=0x20ff | 0x3099 | 0x309a | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f
            | 0xfe33 | 0xfe34 | 0xfe4d..=0xfe4f | 0xff3f)
}

/// CPython's wording for a character that cannot appear in Python source at `s`.
fn invalid_char(c: char, s: usize) -> LexError {
    let end = s + c.len_utf8();
    if is_printable(c) {
        LexError::syntax(format!("invalid character '{}' (U+{:04X})", c, c as u32), s, end)
    } else {
        LexError::syntax(format!("invalid non-printable character U+{:04X}", c as u32), s, end)
    }
}

/// An approximation of `str.isprintable` for one character: controls, separators other
/// than the space and the common invisible format characters are not printable.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c as u32, 0xad | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff))
}

/// 1-based line number of byte offset `pos`.
pub fn line_of(full: &str, pos: usize) -> usize {
    let upto = full.get(..pos).unwrap_or(full);
    let bytes = upto.as_bytes();
    let mut n = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => n += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => n += 1,
            _ => {}
        }
        i += 1;
    }
    n
}

/// `match` is a keyword only where a name could not stand: at the start of a logical line
/// that ends with `:` outside brackets (no simple statement ends that way) and not followed
/// directly by `:` or `=`. `case` is a keyword only at the start of a line directly inside
/// such a match block. Deciding here keeps the LALR grammar free of the ambiguity; every
/// other `match`/`case` stays a name.
fn mark_soft_keywords(tokens: &mut [Spanned]) {
    let line_start = |tokens: &[Spanned], i: usize| i == 0 || matches!(tokens[i - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent);
    for i in 0..tokens.len() {
        if !matches!(&tokens[i].1, Tok::Name(n) if n == "match") || !line_start(tokens, i) {
            continue;
        }
        let mut depth = 0usize;
        let mut last = None;
        let mut j = i + 1;
        while j < tokens.len() {
            match tokens[j].1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Newline if depth == 0 => break,
                _ => {}
            }
            last = Some(j);
            j += 1;
        }
        let next_ok = !matches!(tokens.get(i + 1).map(|t| &t.1), None | Some(Tok::Colon | Tok::Equal | Tok::Newline));
        if !next_ok || !last.is_some_and(|l| l > i + 1 && tokens[l].1 == Tok::Colon) {
            continue;
        }
        tokens[i].1 = Tok::Match;
        // The block's own lines (nesting level 1) may start with `case`.
        let mut level = 0usize;
        for k in j + 1..tokens.len() {
            match &tokens[k].1 {
                Tok::Indent => level += 1,
                Tok::Dedent => {
                    level = level.saturating_sub(1);
                    if level == 0 {
                        break;
                    }
                }
                Tok::Name(n) if level == 1 && n == "case" && line_start(tokens, k) => tokens[k].1 = Tok::Case,
                _ if level == 0 => break,
                _ => {}
            }
        }
    }
}

/// `with (a as b, c):` — a `(` after `with` whose partner is followed by `:` opens a list of
/// with-items rather than an expression; mark it so the LALR grammar can tell them apart.
fn mark_with_parens(tokens: &mut [Spanned]) {
    for i in 0..tokens.len() {
        if tokens[i].1 != Tok::With || tokens.get(i + 1).map(|t| &t.1) != Some(&Tok::LPar) {
            continue;
        }
        let mut depth = 0usize;
        for j in i + 1..tokens.len() {
            match tokens[j].1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        if tokens.get(j + 1).map(|t| &t.1) == Some(&Tok::Colon) {
                            tokens[i + 1].1 = Tok::WithLPar;
                        }
                        break;
                    }
                }
                Tok::Newline => break,
                _ => {}
            }
        }
    }
}
