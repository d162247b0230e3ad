//! The error every front-end stage (lexer, parser, symbol table, compiler) reports.

use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a SyntaxError in Python, but found by the front end: input nested too deeply
    /// to compile (`RecursionError: maximum recursion depth exceeded during compilation`).
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// Fields mirror CPython's SyntaxError attributes: `lineno`, `offset` (1-based, in
/// characters), `end_lineno`, `end_offset`, `text` (the offending source line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    pub text: Option<String>,
}

impl SyntaxError {
    /// The text CPython prints for an uncaught SyntaxError (without any traceback header):
    ///
    /// ```text
    ///   File "x.py", line 1
    ///     x = (1,
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.kind == SyntaxErrorKind::RecursionError {
            let _ = writeln!(out, "RecursionError: {}", self.msg);
            return out;
        }
        let _ = writeln!(out, "  File \"{}\", line {}", self.filename, self.lineno);
        if let Some(text) = &self.text {
            out.push_str(&self.caret_lines(text));
        }
        let _ = writeln!(out, "{}: {}", self.kind.class_name(), self.msg);
        out
    }

    /// The source line and caret line, following CPython 3.11's `print_error_text`: only an
    /// exact SyntaxError shows a range (subclasses get one caret), a multi-line range runs
    /// to the end of the first line, and no caret is shown when the offset falls left of
    /// the stripped text.
    fn caret_lines(&self, text: &str) -> String {
        let line_size = text.chars().count() as i64;
        let offset = self.offset as i64;
        let mut end_offset = if self.kind == SyntaxErrorKind::SyntaxError { self.end_offset as i64 } else { -1 };
        if self.kind == SyntaxErrorKind::SyntaxError && self.end_lineno > self.lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        let carets = if end_offset > 0 && end_offset > offset { (end_offset - offset) as usize } else { 1 };
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        // CPython turns the character offset into a byte offset into the UTF-8 line before
        // placing the caret, so non-ASCII text before the error shifts it right.
        let byte_offset = if offset >= 1 {
            text.chars().take((offset - 1) as usize).map(char::len_utf8).sum::<usize>() as i64 + 1
        } else {
            offset
        };
        let mut col = byte_offset - 1 - (text.len() - stripped.len()) as i64;
        let body = stripped.strip_suffix('\n').unwrap_or(stripped);
        let len = body.len() as i64;
        if col > len {
            col = len;
        }
        let mut out = format!("    {}\n", body);
        if col >= 0 {
            out.push_str(&format!("    {}{}\n", " ".repeat(col as usize), "^".repeat(carets)));
        }
        out
    }
}
