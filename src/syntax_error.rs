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
            // CPython strips leading whitespace and shifts the caret by the same amount.
            let line = text.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
            let removed = line.chars().count() - stripped.chars().count();
            let _ = writeln!(out, "    {}", stripped);
            if self.offset >= 1 {
                let start = (self.offset as usize).saturating_sub(1).saturating_sub(removed);
                let width = if self.end_lineno == self.lineno && self.end_offset > self.offset {
                    (self.end_offset - self.offset) as usize
                } else {
                    1
                };
                let width = width.min(stripped.chars().count().saturating_sub(start).max(1));
                let _ = writeln!(out, "    {}{}", " ".repeat(start), "^".repeat(width));
            }
        }
        let _ = writeln!(out, "{}: {}", self.kind.class_name(), self.msg);
        out
    }
}
