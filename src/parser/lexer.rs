//! Source text to tokens: logos finds the raw tokens, this layer adds NEWLINE / INDENT /
//! DEDENT, ignores newlines inside brackets and checks bracket pairing, as CPython's
//! tokenizer does. Strings and numbers are scanned by hand (see `literals.rs`).

use logos::Logos;

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
}

impl LexError {
    pub fn syntax(msg: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), start, end }
    }
}

/// CPython's limits (Parser/tokenizer.h).
const MAX_PAREN_DEPTH: usize = 200;
const MAX_INDENT_LEVELS: usize = 100;

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
enum Raw {
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"[a-zA-Z_\x{80}-\x{10FFFF}][a-zA-Z0-9_\x{80}-\x{10FFFF}]*")]
    Name,
    #[regex(r#"[rRbBfFuU]{1,2}['"]|['"]"#)]
    Quote,
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<>")]
    LtGt,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    CircumFlex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumFlexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

fn simple_tok(raw: Raw) -> Option<Tok> {
    Some(match raw {
        Raw::LPar => Tok::LPar,
        Raw::RPar => Tok::RPar,
        Raw::LSqb => Tok::LSqb,
        Raw::RSqb => Tok::RSqb,
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::Colon => Tok::Colon,
        Raw::Comma => Tok::Comma,
        Raw::Semi => Tok::Semi,
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::Slash => Tok::Slash,
        Raw::VBar => Tok::VBar,
        Raw::Amper => Tok::Amper,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::Equal => Tok::Equal,
        Raw::Dot => Tok::Dot,
        Raw::Percent => Tok::Percent,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::Tilde => Tok::Tilde,
        Raw::CircumFlex => Tok::CircumFlex,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinEqual => Tok::MinEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VBarEqual => Tok::VBarEqual,
        Raw::CircumFlexEqual => Tok::CircumFlexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::At => Tok::At,
        Raw::AtEqual => Tok::AtEqual,
        Raw::RArrow => Tok::RArrow,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::ColonEqual => Tok::ColonEqual,
        _ => return None,
    })
}

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
            let raw = match item {
                Ok(raw) => raw,
                Err(()) => return Err(self.bad_char(s)),
            };
            match raw {
                Raw::Continuation => {}
                Raw::Newline => {
                    if self.layout && self.brackets.is_empty() && !self.at_line_start {
                        self.tokens.push((s, Tok::Newline, e));
                        self.at_line_start = true;
                    }
                }
                Raw::Name => {
                    let name = &self.full[s..e];
                    if let Some(c) = name.chars().find(|c| !c.is_ascii() && !c.is_alphanumeric()) {
                        let at = s + name.find(c).unwrap_or(0);
                        return Err(LexError::syntax(
                            format!("invalid character '{}' (U+{:04X})", c, c as u32),
                            at,
                            at + c.len_utf8(),
                        ));
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
                Raw::LtGt => return Err(LexError::syntax("invalid syntax", s, e)),
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

    fn bad_char(&self, s: usize) -> LexError {
        let c = self.full[s..].chars().next().unwrap_or(' ');
        if c == '\\' {
            return LexError::syntax("unexpected character after line continuation character", s + 1, s + 1);
        }
        if c.is_ascii() && !c.is_ascii_control() {
            return LexError::syntax("invalid syntax", s, s + 1);
        }
        if c == '\u{a0}' || !c.is_ascii() {
            return LexError::syntax(format!("invalid non-printable character U+{:04X}", c as u32), s, s + c.len_utf8())
                .printable_or(c, s);
        }
        LexError::syntax(format!("invalid non-printable character U+{:04X}", c as u32), s, s + 1)
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
                });
            }
            self.indents.push((col, alt));
            self.tokens.push((s, Tok::Indent, s));
        } else {
            while self.indents.len() > 1 && self.indents.last().map_or(false, |t| col < t.0) {
                self.indents.pop();
                self.tokens.push((s, Tok::Dedent, s));
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(LexError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "unindent does not match any outer indentation level".into(),
                    start: line_end,
                    end: line_end,
                });
            }
            if alt != top_alt {
                return Err(tab_error());
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

impl LexError {
    /// Printable non-ASCII characters get CPython's "invalid character" wording.
    fn printable_or(mut self, c: char, s: usize) -> LexError {
        if !c.is_control() && !c.is_whitespace() {
            self.msg = format!("invalid character '{}' (U+{:04X})", c, c as u32);
            self.end = s + c.len_utf8();
        }
        self
    }
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
